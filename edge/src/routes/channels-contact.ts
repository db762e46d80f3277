import { Hono, type Context } from "hono";
import { z } from "zod";
import { allowedPhoneCountries, phoneCountry } from "../followup/phone-country.ts";
import { apiError } from "../http/api-error.ts";
import { bearerToken } from "../http/bearer-token.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { readJson } from "../http/read-json.ts";
import { authenticateSession, sessionStub, unknownSession } from "../http/session-auth.ts";
import { getSite } from "../sites/site-repository.ts";
import { siteStore } from "../store/site-store.ts";

const Email = z.email().max(254);
const Phone = z
  .string()
  .max(32)
  .transform((value) => value.replace(/[\s\-()]/g, "").replace(/^00/, "+"))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, "a phone number in international format (+49…)"));

/** What the page records when the shopper ticks "send me reminders": addresses and per-channel consent. */
export const ContactConsent = z
  .strictObject({
    email: Email.optional(),
    phone: Phone.optional(),
    consent: z.strictObject({ email: z.boolean().optional(), sms: z.boolean().optional(), whatsapp: z.boolean().optional() }),
  })
  .refine((c) => !c.consent.email || c.email !== undefined, { message: "email consent needs an email address", path: ["email"] })
  .refine((c) => !(c.consent.sms || c.consent.whatsapp) || c.phone !== undefined, { message: "SMS or WhatsApp consent needs a phone number", path: ["phone"] });

/** A number outside the site's SMS/WhatsApp countries is refused before anything is stored or sent. */
async function phoneRefusal(c: Context<AppEnv>, siteId: string, phone: string): Promise<Response | null> {
  const country = phoneCountry(phone);
  const site = await getSite(c.env.DB, c.var.config, siteId);
  if (site === null) return unknownSession();
  const store = site.followUp.phoneCountries ? null : siteStore(site, c.env);
  const policies = store ? await store.getPolicies() : null;
  const allowed = allowedPhoneCountries(site.followUp, policies?.ok ? policies.value : null);
  if (country !== null && allowed.includes(country)) return null;
  return apiError(422, "phone_country_not_allowed", "This shop does not send text messages to this number's country.", { country, allowed });
}

/**
 * POST /v1/contact (Bearer session token): the shopper's own consent, from the widget's consent
 * card or the merchant's checkbox; never inferred. An unverified address gets exactly one
 * confirmation message (email link, SMS/WhatsApp YES); follow-ups wait for it. Withdrawing
 * consent (false) is as easy as giving it. GET /v1/contact/confirm/:token lives in channels.ts.
 */
export const contactRoutes = new Hono<AppEnv>().post("/", limitBody(4 * 1024), async (c) => {
  const auth = await authenticateSession(c, bearerToken(c.req.header("Authorization")));
  if (!auth.ok) return auth.response;
  const body = await readJson(c, ContactConsent);
  if (!body.ok) return body.response;
  if (body.value.phone !== undefined) {
    const refused = await phoneRefusal(c, auth.value.site, body.value.phone);
    if (refused) return refused;
  }
  const saved = await sessionStub(c, auth.value.sid)?.saveContact(body.value);
  if (!saved) return unknownSession();
  return c.json(saved);
});
