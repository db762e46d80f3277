import { describe, expect, it } from "vitest";
import type { OrderFacts } from "../../src/analytics/attribution.ts";
import { ordersOverCap } from "../../src/analytics/discount-audit.ts";

const order = (orderId: string, subtotal: number | null, discounts: number[]): OrderFacts => ({
  orderId,
  cartId: `cart-${orderId}`,
  sessionHint: null,
  totalAmount: 0,
  subtotalAmount: subtotal,
  currency: "EUR",
  discounts: discounts.map((amount, i) => ({ code: `C${i}`, amount: { amount, currency: "EUR" } })),
  placedAt: 0,
});

describe("the discount cap re-checked at order time", () => {
  it("flags orders whose discounts, free shipping included, exceed the cap, and only those", () => {
    const orders = [order("ok", 5400, [540]), order("edge", 5400, [810]), order("au", 5400, [540, 2495]), order("unknown", null, [5000])];
    expect(ordersOverCap(orders, 15)).toEqual([{ orderId: "au", cartId: "cart-au", percent: 56.2 }]);
    expect(ordersOverCap(orders, 60)).toEqual([]);
  });
});
