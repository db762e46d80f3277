/** @jsxImportSource preact */
import { arr, num, rec, str } from "../../common/read.ts";
import type { Channel, ConsentState } from "../chat-model.ts";
import { fill, type Strings } from "../i18n.ts";
import { formatMoney } from "../money.ts";
import { safeHref } from "../safe-link.ts";

export interface ViewCtx {
  t: Strings;
  locale: string;
  origins: ReadonlySet<string>;
  base: string;
  signal(type: "checkout_link_clicked", data?: Record<string, unknown>): void;
  consents: Readonly<Record<string, ConsentState>>;
  giveConsent(id: string, channel: Channel, address: string): void;
}

export function stockLabel(t: Strings, inventory: number | null, inStock: boolean): string {
  if (!inStock || inventory === 0) return t.outOfStock;
  return inventory !== null && inventory <= 3 ? fill(t.onlyLeft, { n: inventory }) : t.inStock;
}

/** A product with image, price and stock; `variants` (from checkStock/getProduct) show as chips. */
export function ProductCard({ product, variants, ctx }: { product: unknown; variants?: unknown[]; ctx: ViewCtx }) {
  const p = rec(product);
  const vs = (variants ?? arr(p.variants)).map(rec);
  const inventory = vs.length ? vs.reduce((sum, v) => sum + num(v.inventory), 0) : null;
  const inStock = typeof p.inStock === "boolean" ? p.inStock : (inventory ?? 0) > 0;
  const price = p.price ?? vs[0]?.price;
  const href = safeHref(str(p.url), ctx.origins, ctx.base);
  const image = safeHref(str(p.image), ctx.origins, ctx.base);
  const title = str(p.title);
  return (
    <div class="card">
      {image && <img src={image} alt="" width={56} height={56} loading="lazy" />}
      <div class="card-body">
        {href ? <a href={href}>{title}</a> : <strong>{title}</strong>}
        <div class="meta">
          {price !== undefined && <span>{formatMoney(price, ctx.locale)}</span>}
          <span class={inStock ? "ok" : "no"}>{stockLabel(ctx.t, vs.length ? inventory : null, inStock)}</span>
        </div>
        {variants && vs.length > 0 && (
          <ul class="chips">
            {vs.slice(0, 6).map((v) => (
              <li class={num(v.inventory) > 0 ? "ok" : "no"}>
                {str(v.title)} · {stockLabel(ctx.t, num(v.inventory), num(v.inventory) > 0)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
