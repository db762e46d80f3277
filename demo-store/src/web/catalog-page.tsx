/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { CatalogProduct, Category } from "../domain/product.ts";
import { formatMoney } from "./format.ts";
import { Layout, Notice, type PageContext } from "./layout.tsx";

const fromPrice = (p: CatalogProduct) => Math.min(...p.variants.map((v) => v.price));

interface Props {
  page: PageContext;
  products: CatalogProduct[];
  category?: Category | undefined;
  query?: string | undefined;
  error?: string | undefined;
}

export function CatalogPage({ page, products, category, query, error }: Props) {
  const heading = category ? category[0]?.toUpperCase() + category.slice(1) : "All products";
  return (
    <Layout page={page} title={heading}>
      <h1>{heading}</h1>
      <Notice error={error} />
      <form method="get" action="/" class="row" role="search">
        {category ? <input type="hidden" name="category" value={category} /> : null}
        <input type="text" name="q" value={query ?? ""} placeholder="Search products" aria-label="Search products" />
      </form>
      <div class="pills">
        <a class={`pill${category ? "" : " active"}`} href="/">
          All
        </a>
        {(["apparel", "shoes", "electronics", "home"] as const).map((c) => (
          <a class={`pill${c === category ? " active" : ""}`} href={`/?category=${c}`}>
            {c}
          </a>
        ))}
      </div>
      {products.length === 0 ? <p class="muted">No products match.</p> : null}
      <div class="grid">
        {products.map((p) => (
          <a class="card" href={`/products/${p.id}`} data-testid="product-card" data-product-id={p.id}>
            <img src={`/images/${p.id}.svg`} alt="" loading="lazy" width="400" height="400" />
            <div class="body">
              <strong>{p.title}</strong>
              <span class="price">from {formatMoney(fromPrice(p))}</span>
              {p.rating ? (
                <span class="muted">
                  ★ {p.rating.average.toFixed(1)} ({p.rating.count})
                </span>
              ) : null}
            </div>
          </a>
        ))}
      </div>
    </Layout>
  );
}
