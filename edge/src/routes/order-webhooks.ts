import { Hono } from "hono";
import { receivePlatformOrder } from "../analytics/order-webhook-platform.ts";
import { OrderReceipt, orderWebhookRoutes } from "../analytics/order-webhook-route.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { sessionStub } from "../http/session-auth.ts";

/**
 * Order webhooks. POST /v1/webhooks/orders is Store API v1's signed `order.created`;
 * POST /v1/webhooks/:platform/:siteId/orders takes a platform's own (Shopify `orders/create`,
 * WooCommerce `order.created`). Analytics verifies, stores and attributes them; a first delivery
 * for a known session then moves that session to `recovered`, which also cancels its follow-ups.
 */
export const orderWebhooks = new Hono<AppEnv>()
  .use("*", async (c, next) => {
    await next();
    if (c.req.method !== "POST" || c.res.status !== 202) return;
    const receipt = OrderReceipt.safeParse(await c.res.clone().json());
    if (!receipt.success || receipt.data.duplicate || receipt.data.sessionId === null) return;
    await sessionStub(c, receipt.data.sessionId)?.recordOrder();
  })
  .post("/:platform/:siteId/orders", limitBody(256 * 1024), receivePlatformOrder)
  .route("/", orderWebhookRoutes);
