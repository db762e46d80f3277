import { Hono } from "hono";
import { z } from "zod";
import { recordSessionStarted } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import { assignGroup } from "../auth/assign-group.ts";
import { originAllowed } from "../auth/origin-allowed.ts";
import { verifyCustomer } from "../auth/verify-customer.ts";
import { issueSessionToken } from "../auth/session-token.ts";
import { apiError } from "../http/api-error.ts";
import { bearerToken } from "../http/bearer-token.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { readJson } from "../http/read-json.ts";
import { authenticateSession, sessionStub, unknownSession } from "../http/session-auth.ts";
import { openSession } from "../session/open-session.ts";
import { getSite } from "../sites/site-repository.ts";
import { siteStore } from "../store/site-store.ts";

const CreateSession = z.object({
  siteId: z.string().min(1).max(64),
  cartId: z.string().min(1).max(128),
  visitorId: z.string().min(1).max(128).optional(),
  /** The page's language (BCP 47, e.g. "de-AT"); the assistant speaks English or German. */
  language: z.string().max(35).optional(),
  /** The logged-in customer as the merchant's page knows it; trusted only with a valid customerHash. */
  customer: z.object({ id: z.string().min(1).max(128), email: z.email().max(254).optional() }).optional(),
  customerHash: z.string().regex(/^[0-9a-fA-F]{64}$/, "64 hex characters (HMAC-SHA256)").optional(),
});

function supportedLanguage(tag: string | undefined): "en" | "de" | null {
  const primary = tag?.toLowerCase().split("-")[0];
  return primary === "en" || primary === "de" ? primary : null;
}

/** POST /v1/sessions, GET /v1/sessions/:id */
export const sessions = new Hono<AppEnv>()
  .post("/", limitBody(4 * 1024), async (c) => {
    const body = await readJson(c, CreateSession);
    if (!body.ok) return body.response;
    const { siteId, cartId, visitorId } = body.value;
    const site = await getSite(c.env.DB, c.var.config, siteId);
    if (site === null) return apiError(404, "unknown_site", "No site with this id.", { siteId });
    const origin = c.req.header("Origin");
    if (!originAllowed(site.allowedOrigins, origin)) {
      return apiError(403, "origin_not_allowed", "This page's origin is not allowed for the site.", { origin: origin ?? null });
    }
    const identity = await verifyCustomer(site, c.env, body.value.customer, body.value.customerHash);
    if (!identity.ok) return apiError(401, identity.code, identity.message);
    // Only a cart the store knows gets a session (and with it a Durable Object, a row and an alarm).
    const store = siteStore(site, c.env);
    if (store === null) return apiError(503, "store_not_configured", "The site's store connection is not configured.");
    const cart = await store.getCart(cartId);
    if (!cart.ok) {
      return cart.code === "not_found"
        ? apiError(404, "unknown_cart", "The store does not know this cart.", { cartId })
        : apiError(503, "store_unavailable", "The store could not be reached; try again shortly.");
    }
    const group = await assignGroup(c.var.config.SESSION_SECRET, siteId, cartId, site.holdoutPercent);
    const language = supportedLanguage(body.value.language) ?? (site.brand.language === "auto" ? null : site.brand.language);
    const opened = await openSession(c.env, { siteId, cartId, visitorId: visitorId ?? null, group, language, customer: identity.customer });
    if (opened.created) {
      const started = { sessionId: opened.sessionId, siteId, cartId, group: opened.group, attributionWindowHours: site.attributionWindowHours };
      await recordSafely("session_started", () => recordSessionStarted(c.env.DB, started));
    }
    const { token, expiresAt } = await issueSessionToken(c.var.config.SESSION_SECRET, {
      site: siteId,
      sid: opened.sessionId,
      origin: origin ?? "",
    });
    return c.json({
      sessionId: opened.sessionId,
      token,
      expiresAt,
      group: opened.group,
      state: opened.state,
      resumed: !opened.created,
      customerVerified: identity.customer !== null,
    });
  })
  .get("/:id", async (c) => {
    const auth = await authenticateSession(c, bearerToken(c.req.header("Authorization")));
    if (!auth.ok) return auth.response;
    if (auth.value.sid !== c.req.param("id")) return apiError(403, "session_mismatch", "The token belongs to another session.");
    const view = await sessionStub(c, auth.value.sid)?.view();
    if (!view) return unknownSession();
    c.header("Cache-Control", "no-store");
    return c.json(view);
  });
