/** @jsxImportSource preact */
import { arr, rec } from "../../common/read.ts";
import type { ToolPart } from "../ui-message.ts";
import type { CartSaverToolName } from "../tool-names.ts";
import { CartLineView, CheckoutLinkView, OfferView, ShippingView } from "./commerce-views.tsx";
import { ConsentCard } from "./consent-card.tsx";
import { ProductCard, type ViewCtx } from "./product-card.tsx";

/** Rich views of tool results; tools whose result the reply text already covers render nothing. */
const views: Partial<Record<CartSaverToolName, (o: Record<string, unknown>, ctx: ViewCtx, id: string) => preact.ComponentChild>> = {
  searchProducts: (o, ctx) => arr(o.products).slice(0, 3).map((p) => <ProductCard product={p} ctx={ctx} />),
  getProduct: (o, ctx) => <ProductCard product={o.product} variants={arr(rec(o.product).variants)} ctx={ctx} />,
  checkStock: (o, ctx) => [
    <ProductCard product={{ ...rec(o.product), inStock: o.inStock }} variants={[...arr(o.matches), ...arr(o.alternatives)]} ctx={ctx} />,
    ...arr(o.similarProducts).slice(0, 2).map((p) => <ProductCard product={p} ctx={ctx} />),
  ],
  changeCartLine: (o, ctx) => <CartLineView output={o} ctx={ctx} />,
  requestOffer: (o, ctx) => <OfferView output={o} ctx={ctx} />,
  getShippingRates: (o, ctx) => <ShippingView output={o} ctx={ctx} />,
  createCheckoutLink: (o, ctx) => <CheckoutLinkView output={o} ctx={ctx} />,
  saveCartForLater: (o, ctx, id) => <ConsentCard id={id} output={o} ctx={ctx} />,
};

export function ToolView({ part, ctx }: { part: ToolPart; ctx: ViewCtx }) {
  const output = rec(part.output);
  if (part.state !== "output" || output.ok !== true) return null;
  const view = Object.entries(views).find(([name]) => name === part.tool)?.[1];
  return view ? <div class="tool">{view(output, ctx, part.id)}</div> : null;
}
