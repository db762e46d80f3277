/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Cart } from "../domain/cart.ts";
import { payments, type PaymentMethod } from "../domain/policies.ts";
import { countryNames } from "../domain/shipping.ts";
import type { Address } from "../domain/store-state.ts";
import { CheckoutFrame } from "./checkout-frame.tsx";
import { formatMoney } from "./format.ts";
import type { PageContext } from "./layout.tsx";

interface Props {
  page: PageContext;
  cart: Cart;
  address: Address;
  payment: PaymentMethod;
  error?: string | undefined;
}

export function CheckoutReview({ page, cart, address, payment, error }: Props) {
  return (
    <CheckoutFrame page={page} cart={cart} step="review" error={error}>
      <div class="panel" data-testid="review">
        <h2>Review your order</h2>
        {cart.lines.map((l) => (
          <div class="row">
            <span>
              {l.quantity} × {l.title} <span class="muted">({l.variantTitle})</span>
            </span>
            <span>{formatMoney(l.lineTotal)}</span>
          </div>
        ))}
        <p>
          <strong>Contact:</strong> {cart.customer.email} <a href="/checkout/contact">Edit</a>
        </p>
        <p>
          <strong>Ship to:</strong> {address.name}, {address.line1}, {address.postalCode} {address.city}, {countryNames[address.country]}{" "}
          <a href="/checkout/shipping">Edit</a>
        </p>
        <p>
          <strong>Shipping:</strong> {cart.shipping?.name}
        </p>
        <p>
          <strong>Payment:</strong> {payments.find((p) => p.id === payment)?.name} <a href="/checkout/payment">Edit</a>
        </p>
        <form method="post" action="/checkout/place-order">
          <button type="submit" data-testid="place-order" data-cartsaver-keep-clear>
            Place order · {formatMoney(cart.total)}
          </button>
        </form>
      </div>
    </CheckoutFrame>
  );
}
