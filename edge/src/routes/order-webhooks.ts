import { Hono } from "hono";
import { OrderReceipt, orderWebhookRoutes } from "../analytics/order-webhook-route.ts";
import type { AppEnv } from "../http/bindings.ts";
import { sessionStub } from "../http/session-auth.ts";

/**
 * POST /v1/webhooks/orders — the store's signed `order.created`. Analytics verifies, stores and
 * attributes it; a first delivery for a known session then moves that session to `recovered`,
 * which also cancels its pending follow-ups.
 */
export const orderWebhooks = new Hono<AppEnv>()
  .use("/orders", async (c, next) => {
    await next();
    if (c.res.status !== 202) return;
    const receipt = OrderReceipt.safeParse(await c.res.clone().json());
    if (!receipt.success || receipt.data.duplicate || receipt.data.sessionId === null) return;
    await sessionStub(c, receipt.data.sessionId)?.recordOrder();
  })
  .route("/", orderWebhookRoutes);
