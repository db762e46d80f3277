import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { NONCE, secureHeaders } from "hono/secure-headers";
import { setAttribution } from "../services/checkout-service.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { cartRoutes } from "./cart-routes.tsx";
import { currentCart } from "./cart-session.ts";
import { checkoutRoutes } from "./checkout-routes.tsx";
import { ordersRoutes } from "./orders-routes.tsx";
import { resumeRoutes } from "./resume-routes.tsx";
import { shopRoutes } from "./shop-routes.tsx";
import type { WebEnv } from "./web-env.ts";

/**
 * The storefront. It runs under a strict CSP: scripts only from self, the Cart Saver edge and
 * inline scripts carrying this response's nonce (no 'unsafe-inline' for scripts).
 */
export function webRoutes(deps: StoreDeps) {
  const edge = new URL(deps.edgeUrl).origin;
  return new Hono<WebEnv>()
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", NONCE, edge],
          connectSrc: ["'self'", edge],
          imgSrc: ["'self'", "data:", edge],
          styleSrc: ["'self'", "'unsafe-inline'", edge],
          fontSrc: ["'self'", edge],
          frameSrc: [edge],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
        crossOriginResourcePolicy: "cross-origin",
        crossOriginEmbedderPolicy: false,
      }),
    )
    .use(bodyLimit({ maxSize: 32 * 1024, onError: (c) => c.text("Form too large.", 413) }))
    .use(async (c, next) => {
      // A `?cs=` on any page attributes the open cart to that Cart Saver session.
      const cs = c.req.query("cs")?.slice(0, 128);
      const cart = cs ? currentCart(c, deps) : undefined;
      if (cs && cart && cart.attribution?.cs !== cs) deps.repo.transact((draft) => setAttribution(draft, cart.id, cs, deps.now()));
      await next();
    })
    .route("/", shopRoutes(deps))
    .route("/cart", cartRoutes(deps))
    .route("/checkout/resume", resumeRoutes(deps))
    .route("/checkout", checkoutRoutes(deps))
    .route("/orders", ordersRoutes(deps));
}
