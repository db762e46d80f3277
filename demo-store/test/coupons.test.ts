import { describe, expect, it } from "vitest";
import { findCoupon } from "../src/catalog/coupons.ts";
import { checkCoupon, type CouponContext } from "../src/domain/coupon.ts";

const now = new Date("2026-11-25T12:00:00Z");
const ctx = (over: Partial<CouponContext> = {}): CouponContext => ({
  lines: [{ category: "apparel", lineTotal: 8900 }],
  now,
  timesUsed: 0,
  customerOrders: 0,
  ...over,
});
const check = (code: string, over?: Partial<CouponContext>) => checkCoupon(code, findCoupon(code), ctx(over));

describe("coupon rules", () => {
  it("codes are case-insensitive and trimmed", () => {
    expect(findCoupon("  save10 ")?.code).toBe("SAVE10");
  });

  it("unknown code → coupon_invalid", () => {
    expect(check("NOPE")).toMatchObject({ ok: false, code: "coupon_invalid" });
  });

  it("SAVE10: 10% from €50", () => {
    expect(check("SAVE10")).toMatchObject({ ok: true, coupon: { kind: "percent", value: 10 } });
    expect(check("SAVE10", { lines: [{ category: "apparel", lineTotal: 4999 }] })).toMatchObject({
      ok: false,
      code: "coupon_minimum_not_met",
      minimum: { amount: 5000, currency: "EUR" },
      missing: { amount: 1, currency: "EUR" },
    });
  });

  it("TENOFF: €10 from €40", () => {
    expect(check("TENOFF", { lines: [{ category: "home", lineTotal: 4000 }] })).toMatchObject({ ok: true, coupon: { kind: "fixed", value: 1000 } });
    expect(check("TENOFF", { lines: [{ category: "home", lineTotal: 3999 }] })).toMatchObject({ ok: false, code: "coupon_minimum_not_met" });
  });

  it("FREESHIP: free shipping, no minimum", () => {
    expect(check("FREESHIP", { lines: [{ category: "electronics", lineTotal: 1490 }] })).toMatchObject({ ok: true, coupon: { kind: "free_shipping" } });
  });

  it("SHOES15: only with shoes in the cart", () => {
    expect(check("SHOES15")).toMatchObject({ ok: false, code: "coupon_not_applicable", category: "shoes" });
    expect(check("SHOES15", { lines: [{ category: "shoes", lineTotal: 13900 }] })).toMatchObject({ ok: true });
  });

  it("SUMMER24 is expired", () => {
    expect(check("SUMMER24")).toMatchObject({ ok: false, code: "coupon_expired" });
    expect(check("SUMMER24", { now: new Date("2024-07-01T00:00:00Z") })).toMatchObject({ ok: true });
  });

  it("VIP20 is single use", () => {
    expect(check("VIP20", { timesUsed: 1 })).toMatchObject({ ok: false, code: "coupon_already_used" });
    expect(check("VIP20", { timesUsed: 0 })).toMatchObject({ ok: true });
  });

  it("WELCOME5 only on a first order", () => {
    expect(check("WELCOME5")).toMatchObject({ ok: true, coupon: { value: 500 } });
    expect(check("WELCOME5", { customerOrders: 2 })).toMatchObject({ ok: false, code: "coupon_not_applicable", reason: "first_order_only" });
  });

  it("no coupon applies to an empty cart", () => {
    expect(check("FREESHIP", { lines: [] })).toMatchObject({ ok: false, code: "coupon_not_applicable", reason: "empty_cart" });
  });
});
