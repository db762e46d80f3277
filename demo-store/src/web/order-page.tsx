/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Order } from "../domain/store-state.ts";
import { formatMoney } from "./format.ts";
import { Layout, type PageContext } from "./layout.tsx";

export function OrderPage({ page, order }: { page: PageContext; order: Order }) {
  return (
    <Layout page={page} title="Thank you" step="confirmation">
      <h1 data-testid="order-confirmation">Thank you — your order is confirmed</h1>
      <div class="panel summary">
        <p>
          Order <strong data-testid="order-id">{order.id}</strong> · a confirmation was sent to {order.email}.
        </p>
        {order.lines.map((l) => (
          <div class="row">
            <span>
              {l.quantity} × {l.title} ({l.variantTitle})
            </span>
            <span>{formatMoney(l.lineTotal)}</span>
          </div>
        ))}
        <dl>
          <dt>Subtotal</dt>
          <dd>{formatMoney(order.subtotal)}</dd>
          {order.discounts.map((d) => (
            <>
              <dt>{d.code}</dt>
              <dd>−{formatMoney(d.amount)}</dd>
            </>
          ))}
          <dt>Shipping ({order.shipping.name})</dt>
          <dd>{order.shipping.price.amount === 0 ? "Free" : formatMoney(order.shipping.price)}</dd>
          <dt class="total">Total</dt>
          <dd class="total" data-testid="order-total">{formatMoney(order.total)}</dd>
        </dl>
      </div>
      <a href="/">Continue shopping</a>
    </Layout>
  );
}
