import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeTotals, withCoupon } from "../src/domain/cart-math.ts";
import { findCoupon } from "../src/catalog/coupons.ts";
import type { Coupon } from "../src/domain/coupon.ts";

const coupon = (code: string): Coupon => {
  const found = findCoupon(code);
  if (!found) throw new Error(code);
  return found;
};
const shirt = (unitPrice: number, quantity = 1) => ({ category: "apparel" as const, unitPrice, quantity });
const boot = (unitPrice: number, quantity = 1) => ({ category: "shoes" as const, unitPrice, quantity });

describe("cart maths", () => {
  it("sums line totals into subtotal and total", () => {
    const t = computeTotals([shirt(2900, 2), boot(13900)], [], null);
    expect(t.lineTotals).toEqual([5800, 13900]);
    expect(t.subtotal).toBe(19700);
    expect(t.total).toBe(19700);
    expect(t.discounts).toEqual([]);
  });

  it("applies a percentage and rounds to the cent", () => {
    const t = computeTotals([shirt(3333)], [coupon("SAVE10")], null);
    expect(t.discounts).toEqual([{ code: "SAVE10", kind: "percent", amount: 333, description: expect.any(String) }]);
    expect(t.total).toBe(3000);
  });

  it("limits a category coupon to that category's lines", () => {
    const t = computeTotals([shirt(10000), boot(10000)], [coupon("SHOES15")], null);
    expect(t.discounts[0]?.amount).toBe(1500);
    expect(t.total).toBe(18500);
  });

  it("adds shipping and waives only standard shipping to the coupon's countries with a free-shipping coupon", () => {
    const standard = computeTotals([shirt(2900)], [coupon("FREESHIP")], { kind: "standard", price: 495, country: "DE" });
    expect(standard.discounts).toEqual([{ code: "FREESHIP", kind: "free_shipping", amount: 495, description: "Free standard shipping within Germany" }]);
    expect(standard.total).toBe(2900);
    // Shipping to Australia is not free with a Germany-only coupon (the cap on discounts relies on it).
    const abroad = computeTotals([shirt(2900)], [coupon("FREESHIP")], { kind: "standard", price: 2495, country: "AU" });
    expect(abroad.discounts[0]?.amount).toBe(0);
    expect(abroad.total).toBe(2900 + 2495);
    const express = computeTotals([shirt(2900)], [coupon("FREESHIP")], { kind: "express", price: 1290, country: "DE" });
    expect(express.discounts[0]?.amount).toBe(0);
    expect(express.total).toBe(4190);
    const noRateYet = computeTotals([shirt(2900)], [coupon("FREESHIP")], null);
    expect(noRateYet.discounts[0]?.amount).toBe(0);
    expect(noRateYet.total).toBe(2900);
  });

  it("never discounts more than the merchandise: a fixed coupon on a tiny cart", () => {
    const t = computeTotals([shirt(300)], [coupon("TENOFF")], { kind: "standard", price: 495, country: "DE" });
    expect(t.discounts[0]?.amount).toBe(300);
    expect(t.merchandiseTotal).toBe(0);
    expect(t.total).toBe(495);
  });

  it("keeps one order-level and one shipping coupon", () => {
    const codes = withCoupon(withCoupon(withCoupon([], coupon("SAVE10")), coupon("FREESHIP")), coupon("TENOFF")).map((c) => c.code);
    expect(codes).toEqual(["FREESHIP", "TENOFF"]);
  });

  it("total = subtotal − discounts + shipping and is never negative (property)", () => {
    const codes = ["SAVE10", "TENOFF", "FREESHIP", "SHOES15", "WELCOME5"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ category: fc.constantFrom("apparel" as const, "shoes" as const), unitPrice: fc.integer({ min: 1, max: 50000 }), quantity: fc.integer({ min: 1, max: 5 }) }), { maxLength: 6 }),
        fc.subarray(codes),
        fc.option(fc.record({ kind: fc.constantFrom("standard" as const, "express" as const), price: fc.integer({ min: 0, max: 5000 }), country: fc.constantFrom("DE", "AU") }), { nil: null }),
        (lines, picked, shipping) => {
          const coupons = picked.map(coupon).reduce<Coupon[]>((acc, c) => withCoupon(acc, c), []);
          const t = computeTotals(lines, coupons, shipping);
          const discounted = t.discounts.reduce((s, d) => s + d.amount, 0);
          expect(t.total).toBeGreaterThanOrEqual(0);
          expect(t.total).toBe(t.subtotal - discounted + t.shipping);
          expect(t.discounts.every((d) => d.amount >= 0)).toBe(true);
        },
      ),
    );
  });
});
