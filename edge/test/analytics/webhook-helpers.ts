import { Hono } from "hono";
import type { AnalyticsEnv } from "../../src/analytics/analytics-env.ts";
import { orderWebhookRoutes } from "../../src/analytics/order-webhook-route.ts";
import { signStoreBody } from "../../src/analytics/verify-signature.ts";

export const secret = "test-webhook-secret";
export const adminToken = "test-admin-token";

export function webhookApp() {
  return new Hono<AnalyticsEnv>().route("/v1/webhooks", orderWebhookRoutes);
}

export function order(o: { orderId: string; cartId: string; placedAt: number; total?: number; discounts?: { code: string; amount: number }[]; cs?: string }) {
  return {
    type: "order.created",
    orderId: o.orderId,
    cartId: o.cartId,
    total: { amount: o.total ?? 10_000, currency: "EUR" },
    discounts: (o.discounts ?? []).map((d) => ({ code: d.code, kind: "percent", amount: { amount: d.amount, currency: "EUR" }, description: d.code })),
    placedAt: new Date(o.placedAt).toISOString(),
    attribution: o.cs ? { cs: o.cs } : null,
  };
}

/** POSTs `body` (a string, sent byte for byte) signed with `secret` unless a signature is given. */
export async function deliver(db: D1Database, body: string, signature?: string): Promise<Response> {
  return webhookApp().request(
    "/v1/webhooks/orders",
    { method: "POST", headers: { "Content-Type": "application/json", "X-Store-Signature": signature ?? (await signStoreBody(secret, body)) }, body },
    { DB: db, ADMIN_TOKEN: adminToken, WEBHOOK_SECRET: secret },
  );
}
