import { z } from "zod";
import type { OrderCreated } from "../../analytics/order-webhook.ts";
import { toMinor } from "../decimal-money.ts";
import type { PlatformOrderWebhook } from "../platform-webhook.ts";
import { cartSession } from "./woo-http.ts";

/** The fields of WooCommerce's `order.created` payload (a REST v3 order) attribution needs. */
const WooOrder = z.looseObject({
  id: z.number().int(),
  currency: z.string().length(3),
  total: z.string(),
  date_created_gmt: z.string(),
  customer_id: z.number().int().default(0),
  coupon_lines: z.array(z.looseObject({ code: z.string(), discount: z.string() })).default([]),
  meta_data: z.array(z.looseObject({ key: z.string(), value: z.unknown() })).default([]),
});

/** Order meta the merchant's snippet writes at checkout: the WooCommerce session the Cart-Token names. */
export const sessionMetaKey = "cart_saver_session";

/**
 * WooCommerce order webhooks: X-WC-Webhook-Signature (base64 HMAC-SHA256 with the webhook's secret).
 * An order has no cart token; it names the shopper's session (the `cart_saver_session` meta, or
 * the customer id of a logged-in shopper), which is the session inside the Cart-Token the page passed.
 */
export const wooOrderWebhook: PlatformOrderWebhook = {
  signatureHeader: "X-WC-Webhook-Signature",
  topic: (header) => header("X-WC-Webhook-Topic") ?? "",
  orderTopic: "order.created",
  toOrder(json) {
    const parsed = WooOrder.safeParse(json);
    if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
    const order = parsed.data;
    const meta = order.meta_data.find((m) => m.key === sessionMetaKey)?.value;
    const session = typeof meta === "string" && meta !== "" ? meta : order.customer_id > 0 ? String(order.customer_id) : null;
    if (session === null) return { ok: true, order: null };
    const total = toMinor(order.total, order.currency);
    const placedAt = new Date(`${order.date_created_gmt.replace(/Z$/, "")}Z`);
    if (total === null || Number.isNaN(placedAt.getTime())) return { ok: false, message: "total or date_created_gmt is malformed" };
    const value: OrderCreated = {
      type: "order.created",
      orderId: `woocommerce:${order.id}`,
      cartId: `woocommerce-session:${session}`,
      total: { amount: total, currency: order.currency },
      discounts: order.coupon_lines.map((c) => ({ code: c.code, amount: { amount: toMinor(c.discount, order.currency) ?? 0, currency: order.currency } })),
      placedAt: placedAt.toISOString(),
      attribution: null,
    };
    return { ok: true, order: value, matchCart: (cartId) => cartSession(cartId) === session };
  },
};
