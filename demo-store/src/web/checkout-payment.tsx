/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Cart } from "../domain/cart.ts";
import { payments, type PaymentMethod } from "../domain/policies.ts";
import { CheckoutFrame } from "./checkout-frame.tsx";
import type { PageContext } from "./layout.tsx";

export function CheckoutPayment({ page, cart, selected, error }: { page: PageContext; cart: Cart; selected: PaymentMethod | undefined; error?: string | undefined }) {
  return (
    <CheckoutFrame page={page} cart={cart} step="payment" error={error}>
      <form method="post" action="/checkout/payment" class="panel">
        <h2>Payment</h2>
        {payments.map((p, i) => (
          <label class="option">
            <input type="radio" name="method" value={p.id} checked={selected ? selected === p.id : i === 0} data-testid={`payment-${p.id}`} />
            <span>
              <strong>{p.name}</strong>
              <div class="muted">{p.note}</div>
            </span>
          </label>
        ))}
        <p class="muted">Payments are processed by a PCI DSS Level 1 provider with 3-D Secure. Demo store: nothing is charged.</p>
        <button type="submit" data-testid="continue" data-cartsaver-keep-clear>Review order</button>
      </form>
    </CheckoutFrame>
  );
}
