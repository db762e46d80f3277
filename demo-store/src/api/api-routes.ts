import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { StoreDeps } from "../services/store-deps.ts";
import { cartsRoutes } from "./carts-routes.ts";
import { customersRoutes } from "./customers-routes.ts";
import { policiesRoutes } from "./policies-routes.ts";
import { productsRoutes } from "./products-routes.ts";
import { requireToken } from "./require-token.ts";
import { shippingRoutes } from "./shipping-routes.ts";

/** Store API v1 (docs/store-api.md): server-to-server, bearer token, JSON errors. */
export const API_BODY_LIMIT_BYTES = 16 * 1024;

export function apiRoutes(deps: StoreDeps) {
  return new Hono()
    .use(requireToken(deps.apiToken))
    .use(
      bodyLimit({
        maxSize: API_BODY_LIMIT_BYTES,
        onError: (c) => c.json({ error: { code: "payload_too_large", message: `Bodies are limited to ${API_BODY_LIMIT_BYTES} bytes.`, limit: API_BODY_LIMIT_BYTES } }, 413),
      }),
    )
    .route("/products", productsRoutes(deps))
    .route("/carts", cartsRoutes(deps))
    .route("/shipping", shippingRoutes(deps))
    .route("/policies", policiesRoutes())
    .route("/customers", customersRoutes(deps))
    .notFound((c) => c.json({ error: { code: "not_found", message: `No route ${c.req.method} ${c.req.path}.` } }, 404));
}
