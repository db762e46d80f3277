import { z } from "zod";
import type { OrderCreated } from "../../analytics/order-webhook.ts";
import type { PlatformOrderWebhook } from "../platform-webhook.ts";

/** What the Cart Saver order webhook plugin posts for Vendure's OrderPlacedEvent (docs/platforms.md). */
const VendureOrder = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  code: z.string(),
  totalWithTax: z.number().int(),
  currencyCode: z.string().length(3),
  orderPlacedAt: z.string(),
  discounts: z.array(z.object({ couponCode: z.string(), amountWithTax: z.number().int() })).default([]),
  /** The session token the shopper's storefront used: the cart id the page passed with identify. */
  sessionToken: z.string().nullish(),
});

/** Vendure order webhooks: X-Vendure-Signature (base64 HMAC-SHA256 of the body), event order.placed. */
export const vendureOrderWebhook: PlatformOrderWebhook = {
  signatureHeader: "X-Vendure-Signature",
  topic: (header) => header("X-Vendure-Event") ?? "",
  orderTopic: "order.placed",
  toOrder(json) {
    const parsed = VendureOrder.safeParse(json);
    if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
    const order = parsed.data;
    if (!order.sessionToken) return { ok: true, order: null };
    const placedAt = new Date(order.orderPlacedAt);
    if (Number.isNaN(placedAt.getTime())) return { ok: false, message: "orderPlacedAt is malformed" };
    const value: OrderCreated = {
      type: "order.created",
      orderId: `vendure:${order.code}`,
      cartId: order.sessionToken,
      total: { amount: order.totalWithTax, currency: order.currencyCode },
      discounts: order.discounts.map((d) => ({ code: d.couponCode, amount: { amount: Math.abs(d.amountWithTax), currency: order.currencyCode } })),
      placedAt: placedAt.toISOString(),
      attribution: null,
    };
    return { ok: true, order: value };
  },
};
