import { z } from "zod";
import type { OrderCreated } from "../../analytics/order-webhook.ts";
import { toMinor } from "../decimal-money.ts";
import type { PlatformOrderWebhook } from "../platform-webhook.ts";

/** The fields of Shopify's `orders/create` payload attribution needs; the rest is ignored. */
const ShopifyOrder = z.object({
  id: z.union([z.number(), z.string()]),
  cart_token: z.string().nullish(),
  currency: z.string().length(3),
  total_price: z.string(),
  created_at: z.string(),
  discount_codes: z.array(z.object({ code: z.string(), amount: z.string() })).default([]),
});

/** Shopify order webhooks: X-Shopify-Hmac-Sha256 with the app's client secret; the cart token links the order to the cart. */
export const shopifyOrderWebhook: PlatformOrderWebhook = {
  signatureHeader: "X-Shopify-Hmac-Sha256",
  topic: (header) => header("X-Shopify-Topic") ?? "",
  orderTopic: "orders/create",
  toOrder(json) {
    const parsed = ShopifyOrder.safeParse(json);
    if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
    const order = parsed.data;
    if (!order.cart_token) return { ok: true, order: null };
    const total = toMinor(order.total_price, order.currency);
    const placedAt = new Date(order.created_at);
    if (total === null || Number.isNaN(placedAt.getTime())) return { ok: false, message: "total_price or created_at is malformed" };
    const value: OrderCreated = {
      type: "order.created",
      orderId: `shopify:${order.id}`,
      cartId: order.cart_token,
      total: { amount: total, currency: order.currency },
      discounts: order.discount_codes.map((d) => ({ code: d.code, amount: { amount: toMinor(d.amount, order.currency) ?? 0, currency: order.currency } })),
      placedAt: placedAt.toISOString(),
      attribution: null,
    };
    return { ok: true, order: value, cartTokenPrefix: true };
  },
};
