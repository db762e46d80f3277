/** @jsxImportSource preact */
import { arr, num, rec, str } from "../../common/read.ts";
import { fill } from "../i18n.ts";
import { formatMoney } from "../money.ts";
import { safeHref } from "../safe-link.ts";
import type { ViewCtx } from "./product-card.tsx";

/** The cart line a variant swap or quantity change produced. */
export function CartLineView({ output, ctx }: { output: unknown; ctx: ViewCtx }) {
  const line = rec(rec(output).line);
  return (
    <div class="card note" data-view="cart-line">
      <strong>{ctx.t.updated}</strong>
      <div>
        {str(line.title)} – {str(line.variantTitle)} × {num(line.quantity)}
      </div>
      <div class="meta">{formatMoney(line.lineTotal, ctx.locale)}</div>
    </div>
  );
}

export function OfferView({ output, ctx }: { output: unknown; ctx: ViewCtx }) {
  const o = rec(output);
  if (o.granted !== true) return null;
  return (
    <div class="card note" data-view="offer">
      <strong>{ctx.t.offerApplied}</strong>
      <div>{str(o.description, str(o.code))}</div>
      <div class="meta ok">−{formatMoney(o.discount, ctx.locale)}</div>
    </div>
  );
}

export function ShippingView({ output, ctx }: { output: unknown; ctx: ViewCtx }) {
  const o = rec(output);
  const toFree = o.amountToFreeShipping;
  return (
    <div class="card note" data-view="shipping">
      <strong>{fill(ctx.t.shipping, { country: str(o.country) })}</strong>
      <ul class="rates">
        {arr(o.rates).map(rec).map((r) => (
          <li>
            <span>{str(r.name)}</span>
            <span>{fill(ctx.t.days, { min: num(r.minDays), max: num(r.maxDays) })}</span>
            <strong>{num(rec(r.price).amount) === 0 ? ctx.t.free : formatMoney(r.price, ctx.locale)}</strong>
          </li>
        ))}
      </ul>
      {toFree !== null && num(rec(toFree).amount) > 0 && <div class="meta">{fill(ctx.t.freeIn, { amount: formatMoney(toFree, ctx.locale) })}</div>}
    </div>
  );
}

export function CheckoutLinkView({ output, ctx }: { output: unknown; ctx: ViewCtx }) {
  const href = safeHref(str(rec(output).url), ctx.origins, ctx.base);
  if (!href) return null;
  return (
    <a class="cta" href={href} data-view="checkout-link" onClick={() => ctx.signal("checkout_link_clicked", { url: href })}>
      {ctx.t.checkout}
    </a>
  );
}
