import { Hono, type Context, type Env } from "hono";
import { apiError } from "../http/api-error.ts";
import type { StoreAdapter } from "../store/store-adapter.ts";
import { verifyResumeToken, type ResumeClaims } from "./resume-link.ts";

export interface ResumeDeps {
  /** The secret resume links were signed with. */
  secret: string;
  /** The store of the link's site, or null when the site is unknown. */
  storeFor(siteId: string): Promise<Pick<StoreAdapter, "createCheckoutLink"> | null>;
  /** Records `checkout_link_clicked` on the session (attribution). */
  onClick(claims: ResumeClaims): Promise<void>;
  now?: () => number;
}

/** `GET /r/:token`: the resume link in follow-ups. Mount at the root: `app.route("/", resumeRoutes(…))`. */
export function resumeRoutes<E extends Env>(resolve: (c: Context<E>) => ResumeDeps | Promise<ResumeDeps>): Hono<E> {
  const app = new Hono<E>();
  app.get("/r/:token", async (c) => {
    const deps = await resolve(c);
    const verified = await verifyResumeToken(deps.secret, c.req.param("token"), deps.now?.() ?? Date.now());
    if (!verified.ok) {
      const status = verified.code === "link_expired" ? 410 : 401;
      return apiError(status, verified.code, verified.message);
    }
    const claims = verified.value;
    const store = await deps.storeFor(claims.siteId);
    if (store === null) return apiError(404, "site_not_found", "The link's site does not exist.", { siteId: claims.siteId });
    await deps.onClick(claims);
    const link = await store.createCheckoutLink(claims.cartId);
    if (!link.ok) {
      const status = link.code === "not_found" ? 404 : 502;
      return apiError(status, link.code, "The store could not restore this cart right now.", { cartId: claims.cartId });
    }
    if (!/^https?:\/\//.test(link.value.url)) {
      return apiError(502, "invalid_response", "The store returned an unusable checkout link.");
    }
    return c.redirect(link.value.url, 302);
  });
  return app;
}
