/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { CatalogProduct, CatalogVariant } from "../domain/product.ts";
import { formatMoney } from "./format.ts";
import { Layout, Notice, type PageContext } from "./layout.tsx";
import { SizeGuideTable } from "./size-guide-table.tsx";
import { StockStatus, VariantPicker } from "./variant-picker.tsx";

interface Props {
  page: PageContext;
  product: CatalogProduct;
  selected: CatalogVariant;
  inventory: Record<string, number>;
  error?: string | undefined;
}

export function ProductPage({ page, product, selected, inventory, error }: Props) {
  const available = inventory[selected.id] ?? 0;
  const { fit, ...details } = product.attributes;
  return (
    <Layout page={page} title={product.title}>
      <p class="muted">
        <a href={`/?category=${product.category}`}>{product.category}</a>
      </p>
      <div class="product" data-product-id={product.id}>
        <img src={`/images/${product.id}.svg`} alt={product.title} width="400" height="400" />
        <div>
          <h1 data-testid="product-title">{product.title}</h1>
          {product.rating ? (
            <p class="muted">
              ★ {product.rating.average.toFixed(1)} · {product.rating.count} reviews
            </p>
          ) : null}
          <p class="price" data-testid="product-price">{formatMoney(selected.price)}</p>
          <p>{product.description}</p>
          <VariantPicker product={product} selected={selected} inventory={inventory} />
          <StockStatus available={available} />
          {fit ? (
            <p class="notice" data-testid="fit-note">
              <strong>Fit:</strong> {fit}
            </p>
          ) : null}
          <Notice error={error} />
          <form method="post" action="/cart/lines" class="row">
            <input type="hidden" name="variantId" value={selected.id} />
            <label class="inline">
              Qty <input type="number" name="quantity" value="1" min="1" max={String(Math.max(1, Math.min(available, 10)))} />
            </label>
            <button type="submit" data-testid="add-to-cart" disabled={available === 0}>
              {available === 0 ? "Out of stock" : "Add to cart"}
            </button>
          </form>
          <ul class="trust">
            <li>Free returns within 30 days</li>
            <li>Shipping calculated at checkout</li>
          </ul>
          {product.compatibleWith ? (
            <div class="panel" data-testid="compatibility">
              <strong>Compatible with</strong>
              <ul>
                {product.compatibleWith.map((model) => (
                  <li>{model}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {product.sizeGuide ? <SizeGuideTable guide={product.sizeGuide} /> : null}
          {Object.keys(details).length > 0 ? (
            <table>
              <tbody>
                {Object.entries(details).map(([k, v]) => (
                  <tr><th>{k}</th><td>{v}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      </div>
    </Layout>
  );
}
