/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Cart } from "../domain/cart.ts";
import { CheckoutFrame } from "./checkout-frame.tsx";
import type { PageContext } from "./layout.tsx";

/** Contact step: account creation is pushed (pre-selected) but guest checkout is one click away. */
export function CheckoutContact({ page, cart, createAccount, error }: { page: PageContext; cart: Cart; createAccount: boolean; error?: string | undefined }) {
  return (
    <CheckoutFrame page={page} cart={cart} step="contact" error={error}>
      <form method="post" action="/checkout/contact" class="panel">
        <label for="email">Email</label>
        <input type="email" id="email" name="email" required autocomplete="email" value={cart.customer.email ?? ""} data-testid="email" />
        <div class="panel highlight">
          <label class="inline">
            <input type="radio" name="account" value="create" checked={createAccount} data-testid="account-create" />
            <span>
              <strong>Create an account</strong> — track orders, faster checkout next time (recommended)
            </span>
          </label>
          <label for="password">Password (8+ characters)</label>
          <input type="password" id="password" name="password" autocomplete="new-password" data-testid="password" />
          <label class="inline">
            <input type="radio" name="account" value="guest" checked={!createAccount} data-testid="account-guest" />
            <span>Continue as guest</span>
          </label>
        </div>
        <label class="inline">
          <input type="checkbox" name="marketing" value="1" checked={cart.customer.consent.email} /> Email me offers and news (optional)
        </label>
        <button type="submit" data-testid="continue" data-cartsaver-keep-clear>Continue to shipping</button>
      </form>
    </CheckoutFrame>
  );
}
