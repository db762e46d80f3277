import { createHash, timingSafeEqual } from "node:crypto";
import { createMiddleware } from "hono/factory";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** `Authorization: Bearer <apiToken>` on every /api route; 401 `unauthorized` otherwise. */
export const requireToken = (apiToken: string) =>
  createMiddleware(async (c, next) => {
    const match = /^Bearer (.+)$/.exec(c.req.header("authorization") ?? "");
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), digest(apiToken))) {
      c.header("WWW-Authenticate", 'Bearer realm="store-api"');
      return c.json({ error: { code: "unauthorized", message: "Missing or invalid bearer token." } }, 401);
    }
    await next();
  });
