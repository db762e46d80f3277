/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Cart } from "../domain/cart.ts";
import { formatDays, formatMoney } from "./format.ts";

/**
 * Subtotal, discounts, shipping and total. Before the shipping step the shopper only sees
 * "Calculated at checkout": the late shipping cost is one of the frictions this store keeps.
 */
export function OrderSummary({ cart, showShipping }: { cart: Cart; showShipping: boolean }) {
  return (
    <div class="summary panel" data-testid="order-summary">
      <dl>
        <dt>Subtotal</dt>
        <dd data-testid="subtotal">{formatMoney(cart.subtotal)}</dd>
        {cart.discounts.map((d) => (
          <>
            <dt>
              {d.code} <span class="muted">({d.description})</span>
            </dt>
            <dd data-testid="discount">{d.kind === "free_shipping" && d.amount.amount === 0 ? "Free shipping" : `−${formatMoney(d.amount)}`}</dd>
          </>
        ))}
        <dt>Shipping</dt>
        {showShipping && cart.shipping ? (
          <dd data-testid="shipping-cost">
            {cart.shipping.price.amount === 0 ? "Free" : formatMoney(cart.shipping.price)}
            <div class="muted">{formatDays(cart.shipping.minDays, cart.shipping.maxDays)}</div>
          </dd>
        ) : (
          <dd class="muted" data-testid="shipping-pending">Calculated at checkout</dd>
        )}
        <dt class="total">Total</dt>
        <dd class="total" data-testid="total">{formatMoney(cart.total)}</dd>
      </dl>
    </div>
  );
}
