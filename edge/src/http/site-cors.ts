import { cors } from "hono/cors";
import { originAllowed } from "../auth/origin-allowed.ts";
import { allOrigins, getSite } from "../sites/site-repository.ts";

const common = { allowMethods: ["GET", "POST", "OPTIONS"], allowHeaders: ["Content-Type", "Authorization", "Last-Event-ID"], maxAge: 600 };

/**
 * CORS for the shopper API. Preflights carry neither the site id (it is in the body) nor the
 * token, so the browser is let through for an origin that any site allows; each handler then
 * enforces the exact site (origin_not_allowed) or the token's bound origin.
 */
export const shopperCors = cors({
  ...common,
  origin: async (origin, c) => (originAllowed([...(await allOrigins(c.env.DB, c.var.config))], origin) ? origin : null),
});

/** CORS for routes with the site id in the path: exactly that site's allowed origins. */
export const siteCors = cors({
  ...common,
  allowMethods: ["GET", "OPTIONS"],
  origin: async (origin, c) => {
    const site = await getSite(c.env.DB, c.var.config, c.req.param("siteId") ?? "");
    return site !== null && originAllowed(site.allowedOrigins, origin) ? origin : null;
  },
});
