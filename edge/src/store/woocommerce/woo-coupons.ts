import { z } from "zod";
import type { Offer } from "../../config/site-config.ts";
import { fromMinor, toMinor } from "../decimal-money.ts";
import { fail, ok, type Failure, type Result } from "../result.ts";
import { singleUseCode, singleUseLifetimeMs } from "../single-use-code.ts";
import type { SingleUseCode } from "../store-adapter.ts";
import type { Cart } from "../store-schemas.ts";
import type { WooHttp } from "./woo-http.ts";
import { WooCoupon } from "./woo-schemas.ts";

/**
 * The Store API refuses every bad code with one `woocommerce_rest_cart_coupon_error` and a
 * translated message; the coupon's REST v3 record says which refusal it is.
 */
export async function couponRefusal(http: WooHttp, code: string, cart: Cart, message: string): Promise<Failure> {
  const found = await http.rest("GET", `/coupons?code=${encodeURIComponent(code)}`, z.array(WooCoupon));
  const coupon = found.ok ? found.value.find((c) => c.code.toLowerCase() === code.toLowerCase()) : undefined;
  const context = { status: 400, storeCode: "woocommerce_rest_cart_coupon_error" };
  if (!found.ok) return fail("coupon_not_applicable", message, context);
  if (!coupon) return fail("coupon_invalid", message, context);
  if (coupon.date_expires_gmt && Date.parse(`${coupon.date_expires_gmt}Z`) < Date.now()) return fail("coupon_expired", message, context);
  if (coupon.usage_limit !== null && coupon.usage_count >= coupon.usage_limit) return fail("coupon_already_used", message, context);
  const minimum = toMinor(coupon.minimum_amount, cart.currency) ?? 0;
  if (minimum > cart.subtotal.amount) return fail("coupon_minimum_not_met", message, { ...context, minimum: { amount: minimum, currency: cart.currency } });
  return fail("coupon_not_applicable", message, context);
}

/** POST /wc/v3/coupons: one use, one customer, the offer's minimum, a week to live. */
export async function createWooCoupon(http: WooHttp, offer: Offer, currency: string): Promise<Result<SingleUseCode>> {
  if (offer.collections.length > 0) return fail("unsupported", "Single-use codes for category-limited offers are not created; the static code applies.");
  const code = singleUseCode(offer.code);
  const expiresAt = new Date(Date.now() + singleUseLifetimeMs).toISOString();
  const body = {
    code,
    discount_type: offer.kind === "percent" ? "percent" : "fixed_cart",
    amount: offer.kind === "percent" ? String(offer.value) : offer.kind === "fixed" ? fromMinor(offer.value, currency) : "0",
    free_shipping: offer.kind === "free_shipping",
    individual_use: false,
    usage_limit: 1,
    usage_limit_per_user: 1,
    minimum_amount: fromMinor(offer.minSubtotal, currency),
    date_expires_gmt: expiresAt.slice(0, 19),
    description: `Cart Saver ${offer.id}`,
  };
  const created = await http.rest("POST", "/coupons", WooCoupon, body);
  return created.ok ? ok({ code: created.value.code, expiresAt }) : created;
}
