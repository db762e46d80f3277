import { randomBytes } from "node:crypto";
import { findVariant } from "../catalog/catalog.ts";
import { findCoupon } from "../catalog/coupons.ts";
import type { CustomerPatch } from "../domain/cart.ts";
import { withCoupon } from "../domain/cart-math.ts";
import { checkCoupon } from "../domain/coupon.ts";
import type { StoreState, StoredCart } from "../domain/store-state.ts";
import { priceCart } from "./cart-view.ts";
import { cartNotFound, fail, type Result } from "./result.ts";

/** Cart changes on a draft state (StoreRepository.transact). Each returns a value, never throws. */

type CartResult = Result<{ cart: StoredCart }>;
export const newId = (prefix: string) => `${prefix}_${randomBytes(9).toString("base64url")}`;

export function openCart(state: StoreState, cartId: string): CartResult {
  const cart = state.carts[cartId];
  if (!cart) return cartNotFound(cartId);
  if (cart.status !== "open") return fail(409, "cart_not_open", "This cart has already been ordered.", { cartId, orderId: cart.orderId });
  return { ok: true, cart };
}

export function createCart(state: StoreState, now: Date, customer?: CustomerPatch): StoredCart {
  const at = now.toISOString();
  const cart: StoredCart = {
    id: newId("cart"),
    status: "open",
    createdAt: at,
    updatedAt: at,
    lines: [],
    couponCodes: [],
    customer: { ...customer, consent: { email: false, sms: false, whatsapp: false, ...customer?.consent } },
    checkout: { createAccount: false },
    attribution: null,
  };
  state.carts[cart.id] = cart;
  return cart;
}

function stockCheck(state: StoreState, variantId: string, wanted: number): Result<object> {
  const found = findVariant(variantId);
  if (!found) return fail(404, "variant_not_found", `No variant with id ${variantId}.`, { variantId });
  const available = state.inventory[variantId] ?? 0;
  if (wanted > available) {
    const message = available === 0 ? `${found.product.title} (${found.variant.title}) is out of stock.` : `Only ${available} left of ${found.product.title} (${found.variant.title}).`;
    return fail(409, "out_of_stock", message, { variantId, available, requested: wanted });
  }
  return { ok: true };
}

export function addLine(state: StoreState, cartId: string, variantId: string, quantity: number, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  const existing = cart.lines.find((l) => l.variantId === variantId);
  const stock = stockCheck(state, variantId, (existing?.quantity ?? 0) + quantity);
  if (!stock.ok) return stock;
  if (existing) existing.quantity += quantity;
  else cart.lines.push({ id: newId("ln"), variantId, quantity });
  return touched(state, cart, now);
}

export function updateLine(state: StoreState, cartId: string, lineId: string, change: { quantity?: number; variantId?: string }, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  const line = cart.lines.find((l) => l.id === lineId);
  if (!line) return fail(404, "line_not_found", `No line ${lineId} in cart ${cartId}.`, { cartId, lineId });
  if (change.quantity === 0) return removeLine(state, cartId, lineId, now);
  const variantId = change.variantId ?? line.variantId;
  const quantity = change.quantity ?? line.quantity;
  // Swapping onto a variant already in the cart merges the two lines.
  const other = cart.lines.find((l) => l.variantId === variantId && l.id !== lineId);
  const stock = stockCheck(state, variantId, quantity + (other?.quantity ?? 0));
  if (!stock.ok) return stock;
  line.variantId = variantId;
  line.quantity = quantity + (other?.quantity ?? 0);
  cart.lines = cart.lines.filter((l) => l !== other);
  return touched(state, cart, now);
}

export function removeLine(state: StoreState, cartId: string, lineId: string, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  if (!cart.lines.some((l) => l.id === lineId)) return fail(404, "line_not_found", `No line ${lineId} in cart ${cartId}.`, { cartId, lineId });
  cart.lines = cart.lines.filter((l) => l.id !== lineId);
  return touched(state, cart, now);
}

export function updateCustomer(state: StoreState, cartId: string, change: CustomerPatch, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  cart.customer = { ...cart.customer, ...change, consent: { ...cart.customer.consent, ...change.consent } };
  return touched(state, cart, now);
}

export function couponCheck(state: StoreState, cart: StoredCart, code: string, now: Date) {
  const coupon = findCoupon(code);
  const email = cart.customer.email?.toLowerCase();
  const priced = priceCart(cart);
  return checkCoupon(code, coupon, {
    lines: priced.lines.map((l, i) => ({ category: l.product.category, lineTotal: priced.totals.lineTotals[i] ?? 0 })),
    now,
    timesUsed: coupon ? (state.couponUsage[coupon.code]?.length ?? 0) : 0,
    customerOrders: email ? Object.values(state.orders).filter((o) => o.email.toLowerCase() === email).length : 0,
  });
}

export function applyDiscount(state: StoreState, cartId: string, code: string, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  const check = couponCheck(state, cart, code, now);
  if (!check.ok) {
    const { ok: _ok, code: errorCode, message, ...context } = check;
    return fail(422, errorCode, message, { ...context, coupon: code });
  }
  const current = cart.couponCodes.flatMap((c) => findCoupon(c) ?? []);
  cart.couponCodes = withCoupon(current, check.coupon).map((c) => c.code);
  return touched(state, cart, now);
}

export function removeDiscount(state: StoreState, cartId: string, code: string, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  const normalized = code.trim().toUpperCase();
  if (!cart.couponCodes.includes(normalized)) return fail(404, "discount_not_found", `${normalized} is not applied to this cart.`, { coupon: normalized });
  cart.couponCodes = cart.couponCodes.filter((c) => c !== normalized);
  return touched(state, cart, now);
}

/** After any change: drop coupons the cart no longer qualifies for (e.g. below the minimum). */
export function touched(state: StoreState, cart: StoredCart, now: Date): { ok: true; cart: StoredCart } {
  cart.couponCodes = cart.couponCodes.filter((code) => couponCheck(state, cart, code, now).ok);
  cart.updatedAt = now.toISOString();
  return { ok: true, cart };
}
