import { z } from "zod";
import { Category } from "./product.ts";

export const Coupon = z.object({
  code: z.string(),
  kind: z.enum(["percent", "fixed", "free_shipping"]),
  /** percent: 1..100; fixed: minor units; free_shipping: 0. */
  value: z.number().int().nonnegative(),
  description: z.string(),
  /** Subtotal (minor units, before discounts) the cart must reach. */
  minSubtotal: z.number().int().nonnegative().default(0),
  /** Limits the discount to lines of this category. */
  category: Category.optional(),
  expiresAt: z.iso.datetime().optional(),
  /** Usable by exactly one order, store-wide. */
  singleUse: z.boolean().default(false),
  /** Only for an email address without previous orders. */
  firstOrderOnly: z.boolean().default(false),
  /** free_shipping: the destinations it makes free (absent: everywhere the store ships). */
  countries: z.array(z.string().length(2)).optional(),
});
export type Coupon = z.infer<typeof Coupon>;

export const CouponErrorCode = z.enum([
  "coupon_invalid",
  "coupon_expired",
  "coupon_not_applicable",
  "coupon_minimum_not_met",
  "coupon_already_used",
]);
export type CouponErrorCode = z.infer<typeof CouponErrorCode>;

export interface CouponContext {
  lines: { category: Category; lineTotal: number }[];
  now: Date;
  /** Orders that already used this code. */
  timesUsed: number;
  /** Previous orders of the cart's email, 0 when unknown. */
  customerOrders: number;
}

export type CouponCheck =
  | { ok: true; coupon: Coupon }
  | { ok: false; code: CouponErrorCode; message: string; [context: string]: unknown };

/** Whether a coupon may be applied to a cart right now. Pure; amounts come from cart-math. */
export function checkCoupon(requested: string, coupon: Coupon | undefined, ctx: CouponContext): CouponCheck {
  if (!coupon) return { ok: false, code: "coupon_invalid", message: `"${requested}" is not a valid code.` };
  if (coupon.expiresAt && Date.parse(coupon.expiresAt) <= ctx.now.getTime()) {
    return { ok: false, code: "coupon_expired", message: `${coupon.code} expired on ${coupon.expiresAt.slice(0, 10)}.`, expiredAt: coupon.expiresAt };
  }
  if (coupon.singleUse && ctx.timesUsed > 0) {
    return { ok: false, code: "coupon_already_used", message: `${coupon.code} can only be used once and has already been redeemed.` };
  }
  if (coupon.firstOrderOnly && ctx.customerOrders > 0) {
    return { ok: false, code: "coupon_not_applicable", message: `${coupon.code} is only valid on a first order.`, reason: "first_order_only" };
  }
  if (ctx.lines.length === 0) {
    return { ok: false, code: "coupon_not_applicable", message: "Your cart is empty.", reason: "empty_cart" };
  }
  if (coupon.category && !ctx.lines.some((l) => l.category === coupon.category)) {
    return {
      ok: false,
      code: "coupon_not_applicable",
      message: `${coupon.code} only applies to ${coupon.category}.`,
      reason: "category",
      category: coupon.category,
    };
  }
  const subtotal = ctx.lines.reduce((sum, l) => sum + l.lineTotal, 0);
  if (subtotal < coupon.minSubtotal) {
    return {
      ok: false,
      code: "coupon_minimum_not_met",
      message: `${coupon.code} needs a subtotal of at least ${(coupon.minSubtotal / 100).toFixed(2)} EUR.`,
      minimum: { amount: coupon.minSubtotal, currency: "EUR" },
      missing: { amount: coupon.minSubtotal - subtotal, currency: "EUR" },
    };
  }
  return { ok: true, coupon };
}
