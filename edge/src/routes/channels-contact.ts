import { Hono } from "hono";
import { z } from "zod";
import { bearerToken } from "../http/bearer-token.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { readJson } from "../http/read-json.ts";
import { authenticateSession, sessionStub, unknownSession } from "../http/session-auth.ts";

const Email = z.email().max(254);
const Phone = z
  .string()
  .max(32)
  .transform((value) => value.replace(/[\s\-()]/g, "").replace(/^00/, "+"))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, "a phone number in international format (+49…)"));

/** What the page records when the shopper ticks "send me my cart": addresses and per-channel consent. */
export const ContactConsent = z
  .strictObject({
    email: Email.optional(),
    phone: Phone.optional(),
    consent: z.strictObject({ email: z.boolean().optional(), sms: z.boolean().optional(), whatsapp: z.boolean().optional() }),
  })
  .refine((c) => !c.consent.email || c.email !== undefined, { message: "email consent needs an email address", path: ["email"] })
  .refine((c) => !(c.consent.sms || c.consent.whatsapp) || c.phone !== undefined, { message: "SMS or WhatsApp consent needs a phone number", path: ["phone"] });

/**
 * POST /v1/contact (Bearer session token): the shopper's contact and follow-up consent, from the
 * merchant's page or the widget, beside the agent's saveCartForLater tool. Withdrawing consent
 * (false) is as easy as giving it.
 */
export const contactRoutes = new Hono<AppEnv>().post("/", limitBody(4 * 1024), async (c) => {
  const auth = await authenticateSession(c, bearerToken(c.req.header("Authorization")));
  if (!auth.ok) return auth.response;
  const body = await readJson(c, ContactConsent);
  if (!body.ok) return body.response;
  const saved = await sessionStub(c, auth.value.sid)?.saveContact(body.value);
  if (!saved) return unknownSession();
  return c.json(saved);
});
