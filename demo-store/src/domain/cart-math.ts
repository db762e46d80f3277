import type { Coupon } from "./coupon.ts";
import type { Category } from "./product.ts";

/**
 * Cart maths, pure and in minor units. Discount model (see demo-store/README.md):
 * - at most one order-level coupon (percent or fixed) and one free-shipping coupon;
 * - percent/fixed discounts apply to the eligible lines (a category coupon only to that
 *   category) and never exceed them, so the total is never negative;
 * - a free-shipping coupon appears in `discounts` with the amount of the shipping it waives:
 *   0 until a standard rate is chosen at checkout; express shipping is never waived;
 * - total = subtotal − Σ discounts + shipping price.
 */
export interface LineInput {
  category: Category;
  quantity: number;
  unitPrice: number;
}

export interface ShippingInput {
  kind: "standard" | "express";
  country: string;
  /** Price after the free-over threshold, before any coupon. */
  price: number;
}

export interface DiscountLine {
  code: string;
  kind: Coupon["kind"];
  amount: number;
  description: string;
}

export interface CartTotals {
  lineTotals: number[];
  subtotal: number;
  /** Subtotal after order-level discounts; free-shipping thresholds compare against this. */
  merchandiseTotal: number;
  discounts: DiscountLine[];
  shipping: number;
  total: number;
}

export const lineTotal = (line: LineInput) => line.unitPrice * line.quantity;

export function discountAmount(coupon: Coupon, lines: LineInput[]): number {
  const eligible = lines
    .filter((l) => coupon.category === undefined || l.category === coupon.category)
    .reduce((sum, l) => sum + lineTotal(l), 0);
  if (coupon.kind === "percent") return Math.min(eligible, Math.round((eligible * coupon.value) / 100));
  if (coupon.kind === "fixed") return Math.min(eligible, coupon.value);
  return 0;
}

/** Whether a free-shipping coupon makes this rate free: standard rates to the coupon's countries. */
export function freeShippingCovers(coupon: Coupon, kind: "standard" | "express", country: string): boolean {
  return coupon.kind === "free_shipping" && kind === "standard" && (coupon.countries === undefined || coupon.countries.includes(country));
}

export function computeTotals(lines: LineInput[], coupons: Coupon[], shipping: ShippingInput | null): CartTotals {
  const lineTotals = lines.map(lineTotal);
  const subtotal = lineTotals.reduce((a, b) => a + b, 0);
  const discounts: DiscountLine[] = [];
  let remaining = subtotal;
  for (const coupon of coupons.filter((c) => c.kind !== "free_shipping")) {
    const amount = Math.min(remaining, discountAmount(coupon, lines));
    remaining -= amount;
    discounts.push({ code: coupon.code, kind: coupon.kind, amount, description: coupon.description });
  }
  const shippingPrice = shipping?.price ?? 0;
  for (const coupon of coupons.filter((c) => c.kind === "free_shipping")) {
    const amount = shipping !== null && freeShippingCovers(coupon, shipping.kind, shipping.country) ? shippingPrice : 0;
    discounts.push({ code: coupon.code, kind: coupon.kind, amount, description: coupon.description });
  }
  const total = subtotal + shippingPrice - discounts.reduce((sum, d) => sum + d.amount, 0);
  return { lineTotals, subtotal, merchandiseTotal: remaining, discounts, shipping: shippingPrice, total: Math.max(0, total) };
}

/** Keeps one order-level and one free-shipping coupon; a newer code replaces an older one of its slot. */
export function withCoupon(current: Coupon[], added: Coupon): Coupon[] {
  const slot = (c: Coupon) => (c.kind === "free_shipping" ? "shipping" : "order");
  return [...current.filter((c) => slot(c) !== slot(added)), added];
}
