/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import type { Cart } from "../domain/cart.ts";
import { checkoutSteps, type CheckoutStep } from "../services/checkout-service.ts";
import { formatMoney } from "./format.ts";
import { Layout, Notice, type PageContext } from "./layout.tsx";
import { OrderSummary } from "./order-summary.tsx";

/** Step indicator, the form of the step and the order summary beside it. */
export function CheckoutFrame({ page, cart, step, error, children }: { page: PageContext; cart: Cart; step: CheckoutStep; error?: string | undefined; children?: Child }) {
  const current = checkoutSteps.indexOf(step);
  return (
    <Layout page={page} title={`Checkout: ${step}`} step={step} watchCart>
      <h1>Checkout</h1>
      <ol class="steps">
        {checkoutSteps.map((s, i) => (
          <li class={i === current ? "current" : i < current ? "done" : ""}>{s}</li>
        ))}
      </ol>
      <Notice error={error} />
      <div class="checkout">
        <section>{children}</section>
        <aside>
          <div class="panel" data-testid="checkout-lines">
            {cart.lines.map((l) => (
              <div class="row" data-testid="checkout-line" data-variant-id={l.variantId}>
                <span>
                  {l.quantity} × {l.title} <span class="muted">{l.variantTitle}</span>
                </span>
                <span>{formatMoney(l.lineTotal)}</span>
              </div>
            ))}
          </div>
          <OrderSummary cart={cart} showShipping={current >= checkoutSteps.indexOf("shipping")} />
        </aside>
      </div>
    </Layout>
  );
}
