import { randomBytes, scryptSync } from "node:crypto";
import type { PaymentMethod } from "../domain/policies.ts";
import { findRate } from "../domain/shipping.ts";
import type { Address, StoreState, StoredCart } from "../domain/store-state.ts";
import { openCart, touched } from "./cart-service.ts";
import { fail, type Result } from "./result.ts";

/** The checkout steps of the storefront, each a change on a draft state. */

export const checkoutSteps = ["contact", "shipping", "payment", "review"] as const;
export type CheckoutStep = (typeof checkoutSteps)[number];

/** The first step the shopper still has to complete. */
export function nextStep(cart: StoredCart): CheckoutStep {
  if (!cart.customer.email) return "contact";
  if (!cart.checkout.address || !cart.checkout.shippingRateId) return "shipping";
  if (!cart.checkout.paymentMethod) return "payment";
  return "review";
}

const hashPassword = (password: string) => {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString("base64url")}$${scryptSync(password, salt, 32).toString("base64url")}`;
};

type CartResult = Result<{ cart: StoredCart }>;

export function setContact(
  state: StoreState,
  cartId: string,
  input: { email: string; createAccount: boolean; password?: string; marketing: boolean },
  now: Date,
): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  if (input.createAccount && (input.password ?? "").length < 8) {
    return fail(422, "password_too_short", "Choose a password with at least 8 characters, or continue as a guest.");
  }
  cart.customer.email = input.email;
  cart.customer.consent.email = input.marketing;
  cart.checkout.createAccount = input.createAccount;
  if (input.createAccount && input.password) cart.checkout.passwordHash = hashPassword(input.password);
  else delete cart.checkout.passwordHash;
  return touched(state, cart, now);
}

export function setAddress(state: StoreState, cartId: string, address: Address, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  if (cart.checkout.shippingRateId && findRate(cart.checkout.shippingRateId)?.country !== address.country) {
    delete cart.checkout.shippingRateId;
  }
  cart.checkout.address = address;
  cart.customer.country = address.country;
  cart.customer.postalCode = address.postalCode;
  return touched(state, cart, now);
}

export function setShippingRate(state: StoreState, cartId: string, rateId: string, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  const found = findRate(rateId);
  if (!found || found.country !== cart.checkout.address?.country) {
    return fail(422, "rate_unavailable", "Choose one of the shipping options for your country.", { rateId });
  }
  cart.checkout.shippingRateId = rateId;
  return touched(state, cart, now);
}

export function setPayment(state: StoreState, cartId: string, method: PaymentMethod, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  opened.cart.checkout.paymentMethod = method;
  return touched(state, opened.cart, now);
}

export function setAttribution(state: StoreState, cartId: string, cs: string, now: Date): CartResult {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  opened.cart.attribution = { cs, at: now.toISOString() };
  return { ok: true, cart: opened.cart };
}
