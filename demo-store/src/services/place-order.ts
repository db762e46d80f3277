import { eur } from "../domain/money.ts";
import type { Order, StoreState } from "../domain/store-state.ts";
import { couponCheck, newId, openCart } from "./cart-service.ts";
import { priceCart } from "./cart-view.ts";
import { nextStep } from "./checkout-service.ts";
import { fail, type Result } from "./result.ts";

/**
 * Turns a complete checkout into an order: re-checks stock and coupons, decrements inventory,
 * records coupon use, creates or updates the customer and marks the cart ordered.
 */
export function placeOrder(state: StoreState, cartId: string, now: Date): Result<{ order: Order }> {
  const opened = openCart(state, cartId);
  if (!opened.ok) return opened;
  const cart = opened.cart;
  const { address, paymentMethod } = cart.checkout;
  const email = cart.customer.email;
  if (cart.lines.length === 0) return fail(422, "cart_empty", "Your cart is empty.");
  if (nextStep(cart) !== "review" || !address || !paymentMethod || !email) {
    return fail(422, "checkout_incomplete", "Please complete every checkout step first.", { step: nextStep(cart) });
  }
  for (const code of cart.couponCodes) {
    const check = couponCheck(state, cart, code, now);
    if (!check.ok) return fail(422, check.code, check.message, { coupon: code });
  }
  const priced = priceCart(cart);
  if (!priced.shipping) return fail(422, "checkout_incomplete", "Choose a shipping option.", { step: "shipping" });
  for (const line of priced.lines) {
    const available = state.inventory[line.variantId] ?? 0;
    if (line.quantity > available) {
      return fail(409, "out_of_stock", `Only ${available} left of ${line.product.title} (${line.variant.title}).`, {
        variantId: line.variantId,
        available,
        requested: line.quantity,
      });
    }
    state.inventory[line.variantId] = available - line.quantity;
  }
  const order: Order = {
    id: newId("ord"),
    cartId: cart.id,
    email,
    placedAt: now.toISOString(),
    status: "paid",
    lines: priced.lines.map((l, i) => ({
      variantId: l.variantId,
      productId: l.product.id,
      title: l.product.title,
      variantTitle: l.variant.title,
      quantity: l.quantity,
      unitPrice: eur(l.variant.price),
      lineTotal: eur(priced.totals.lineTotals[i] ?? 0),
    })),
    subtotal: eur(priced.totals.subtotal),
    discounts: priced.totals.discounts.map((d) => ({ ...d, amount: eur(d.amount) })),
    shipping: { rateId: priced.shipping.rateId, name: priced.shipping.name, price: eur(priced.shipping.price) },
    total: eur(priced.totals.total),
    paymentMethod,
    address,
    attribution: cart.attribution ? { cs: cart.attribution.cs } : null,
  };
  state.orders[order.id] = order;
  for (const code of cart.couponCodes) state.couponUsage[code] = [...(state.couponUsage[code] ?? []), order.id];
  const key = email.toLowerCase();
  const known = state.customers[key];
  state.customers[key] = {
    id: known?.id ?? newId("cus"),
    email,
    name: known?.name ?? address.name,
    hasAccount: (known?.hasAccount ?? false) || cart.checkout.createAccount,
    ...(cart.checkout.passwordHash ? { passwordHash: cart.checkout.passwordHash } : known?.passwordHash ? { passwordHash: known.passwordHash } : {}),
    createdAt: known?.createdAt ?? order.placedAt,
  };
  cart.status = "ordered";
  cart.orderId = order.id;
  cart.updatedAt = order.placedAt;
  return { ok: true, order };
}

/** The `order.created` webhook payload (docs/store-api.md, plus email, lines and attribution). */
export const orderCreatedEvent = (order: Order) => ({
  type: "order.created" as const,
  orderId: order.id,
  cartId: order.cartId,
  total: order.total,
  subtotal: order.subtotal,
  discounts: order.discounts.map((d) => ({ code: d.code, amount: d.amount, description: d.description })),
  placedAt: order.placedAt,
  email: order.email,
  attribution: order.attribution,
  lines: order.lines.map((l) => ({ variantId: l.variantId, productId: l.productId, quantity: l.quantity, lineTotal: l.lineTotal })),
});
