import type { OrderFacts } from "./attribution.ts";

export interface OverCap {
  orderId: string;
  cartId: string;
  /** Discounts as a share of the order's subtotal, in percent (one decimal). */
  percent: number;
}

/**
 * The cap re-checked at order time: every discount on the placed order (free shipping at what it
 * really took off, once a rate was chosen) against the merchandise subtotal. An order over the
 * site's cap means a code outside the offer rules reached it (a shopper's own code, a store
 * coupon whose rules differ from the site config, a destination changed after the offer).
 */
export function ordersOverCap(orders: readonly OrderFacts[], maxDiscountPercent: number): OverCap[] {
  return orders.flatMap((order) => {
    if (order.subtotalAmount === null || order.subtotalAmount <= 0) return [];
    const discounted = order.discounts.reduce((sum, d) => sum + d.amount.amount, 0);
    const percent = (discounted * 100) / order.subtotalAmount;
    return percent > maxDiscountPercent ? [{ orderId: order.orderId, cartId: order.cartId, percent: Math.round(percent * 10) / 10 }] : [];
  });
}
