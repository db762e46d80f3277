/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Cart } from "../domain/cart.ts";
import { formatMoney } from "./format.ts";
import { Layout, Notice, type PageContext } from "./layout.tsx";
import { OrderSummary } from "./order-summary.tsx";

export function CartPage({ page, cart, error }: { page: PageContext; cart: Cart | undefined; error?: string | undefined }) {
  const lines = cart?.lines ?? [];
  return (
    <Layout page={page} title="Your cart" step="cart" watchCart>
      <h1>Your cart</h1>
      <Notice error={error} />
      {!cart || lines.length === 0 ? (
        <p data-testid="cart-empty">
          Your cart is empty. <a href="/">Continue shopping</a>
        </p>
      ) : (
        <div class="checkout">
          <section>
            {lines.map((line) => (
              <div class="line" data-testid="cart-line" data-line-id={line.id} data-variant-id={line.variantId}>
                <img src={`/images/${line.productId}.svg`} alt="" />
                <div>
                  <a href={`/products/${line.productId}?variant=${encodeURIComponent(line.variantId)}`}>
                    <strong>{line.title}</strong>
                  </a>
                  <div class="muted" data-testid="line-variant">{line.variantTitle}</div>
                  {line.inventory <= 3 ? <div class="stock low">Only {line.inventory} left</div> : null}
                  <form method="post" action={`/cart/lines/${line.id}`} class="row start">
                    <input type="number" name="quantity" value={String(line.quantity)} min="0" max="99" aria-label="Quantity" data-testid="line-quantity" />
                    <button type="submit" class="secondary" data-testid="update-line">Update</button>
                    <button type="submit" name="remove" value="1" class="link" data-testid="remove-line">Remove</button>
                  </form>
                </div>
                <strong>{formatMoney(line.lineTotal)}</strong>
              </div>
            ))}
          </section>
          <aside>
            <OrderSummary cart={cart} showShipping={false} />
            <form method="post" action="/cart/discounts" class="panel">
              <label for="coupon">Discount code</label>
              <div class="row">
                <input type="text" id="coupon" name="code" autocomplete="off" data-testid="coupon-input" />
                <button type="submit" class="secondary" data-testid="apply-coupon">Apply</button>
              </div>
            </form>
            {cart.discounts.map((d) => (
              <form method="post" action={`/cart/discounts/${encodeURIComponent(d.code)}/remove`}>
                <button type="submit" class="link">Remove {d.code}</button>
              </form>
            ))}
            <a class="button" href="/checkout" data-testid="checkout" data-cartsaver-keep-clear>
              Checkout
            </a>
          </aside>
        </div>
      )}
    </Layout>
  );
}
