import { z } from "zod";
import type { OrderFacts } from "./attribution.ts";
import { OrderDiscount, type OrderCreated } from "./order-webhook.ts";
import { ensureAnalyticsSchema } from "./schema.ts";

/** The webhook body as attribution sees it. */
export function orderFacts(order: OrderCreated): OrderFacts {
  return {
    orderId: order.orderId,
    cartId: order.cartId,
    sessionHint: order.attribution?.cs ?? null,
    totalAmount: order.total.amount,
    subtotalAmount: order.subtotal?.amount ?? null,
    currency: order.total.currency,
    discounts: order.discounts,
    placedAt: Date.parse(order.placedAt),
  };
}

/**
 * Stores an order once per orderId. A repeated delivery only bumps `deliveries`, so it is
 * counted once; returns whether this delivery was the first.
 */
export async function storeOrder(db: D1Database, order: OrderFacts, receivedAt: number): Promise<{ duplicate: boolean }> {
  await ensureAnalyticsSchema(db);
  const inserted = await db
    .prepare(
      `INSERT INTO analytics_orders (order_id, cart_id, session_hint, total_amount, subtotal_amount, currency, discounts, placed_at, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING`,
    )
    .bind(
      order.orderId,
      order.cartId,
      order.sessionHint,
      order.totalAmount,
      order.subtotalAmount,
      order.currency,
      JSON.stringify(order.discounts),
      order.placedAt,
      receivedAt,
    )
    .run();
  if (inserted.meta.changes > 0) return { duplicate: false };
  await db.prepare("UPDATE analytics_orders SET deliveries = deliveries + 1 WHERE order_id = ?").bind(order.orderId).run();
  return { duplicate: true };
}

const OrderRow = z.object({
  order_id: z.string(),
  cart_id: z.string(),
  session_hint: z.string().nullable(),
  total_amount: z.number(),
  subtotal_amount: z.number().nullable(),
  currency: z.string(),
  discounts: z.string(),
  placed_at: z.number(),
});

function toFacts(row: z.infer<typeof OrderRow>): OrderFacts {
  return {
    orderId: row.order_id,
    cartId: row.cart_id,
    sessionHint: row.session_hint,
    totalAmount: row.total_amount,
    subtotalAmount: row.subtotal_amount,
    currency: row.currency,
    discounts: z.array(OrderDiscount).parse(JSON.parse(row.discounts)),
    placedAt: row.placed_at,
  };
}

const columns = "order_id, cart_id, session_hint, total_amount, subtotal_amount, currency, discounts, placed_at";

export async function ordersForCart(db: D1Database, cartId: string): Promise<OrderFacts[]> {
  const { results } = await db.prepare(`SELECT ${columns} FROM analytics_orders WHERE cart_id = ? ORDER BY placed_at`).bind(cartId).all();
  return z.array(OrderRow).parse(results).map(toFacts);
}

/** Orders of every cart that had a session of `siteId` created in [from, to). */
export async function ordersForCartsOfRange(db: D1Database, siteId: string, from: number, to: number): Promise<OrderFacts[]> {
  const { results } = await db
    .prepare(
      `SELECT ${columns} FROM analytics_orders WHERE cart_id IN
         (SELECT cart_id FROM analytics_sessions WHERE site_id = ? AND created_at >= ? AND created_at < ?) ORDER BY placed_at`,
    )
    .bind(siteId, from, to)
    .all();
  return z.array(OrderRow).parse(results).map(toFacts);
}
