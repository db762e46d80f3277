import { z } from "zod";
import { Money } from "../store/store-schemas.ts";

/** The store's `order.created` webhook body (docs/store-api.md). Unknown extra fields are ignored. */
export const OrderDiscount = z.object({ code: z.string().max(64), amount: Money });
export type OrderDiscount = z.infer<typeof OrderDiscount>;

export const OrderCreated = z.object({
  type: z.literal("order.created"),
  orderId: z.string().min(1).max(128),
  cartId: z.string().min(1).max(128),
  total: Money,
  /** The merchandise subtotal before discounts: the discount cap is re-checked against it. */
  subtotal: Money.optional(),
  discounts: z.array(OrderDiscount).max(50).default([]),
  placedAt: z.iso.datetime({ offset: true }),
  /** Set when the shopper came back through a Cart Saver checkout link (`?cs=<sessionId>`). */
  attribution: z.object({ cs: z.string().max(128) }).nullable().default(null),
});
export type OrderCreated = z.infer<typeof OrderCreated>;

/** Only the type, so other event types can be acknowledged and ignored. */
export const WebhookEnvelope = z.object({ type: z.string() });
