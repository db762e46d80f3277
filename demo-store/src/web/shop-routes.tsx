/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { findProduct } from "../catalog/catalog.ts";
import { searchCatalog } from "../catalog/search-catalog.ts";
import { Category } from "../domain/product.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { CatalogPage } from "./catalog-page.tsx";
import { ErrorPage } from "./error-page.tsx";
import { takeFlash } from "./flash.ts";
import { pageContext } from "./page-context.ts";
import { productSvg } from "./product-image.ts";
import { ProductPage } from "./product-page.tsx";
import { stylesheet } from "./stylesheet.ts";
import type { WebEnv } from "./web-env.ts";

/** Catalog, product pages and the static assets they use. */
export function shopRoutes(deps: StoreDeps) {
  return new Hono<WebEnv>()
    .get("/", (c) => {
      const category = Category.safeParse(c.req.query("category"));
      const query = c.req.query("q")?.slice(0, 200);
      const products = searchCatalog({ ...(category.success ? { category: category.data } : {}), ...(query ? { query } : {}) });
      return c.html(<CatalogPage page={pageContext(c, deps)} products={products} category={category.success ? category.data : undefined} query={query} error={takeFlash(c)} />);
    })
    .get("/products/:id", (c) => {
      const product = findProduct(c.req.param("id"));
      const page = pageContext(c, deps);
      if (!product) return c.html(<ErrorPage page={page} title="Product not found" code="product_not_found" message="We could not find that product." />, 404);
      const inventory = deps.repo.read().inventory;
      const requested = product.variants.find((v) => v.id === c.req.query("variant"));
      const selected = requested ?? product.variants.find((v) => (inventory[v.id] ?? 0) > 0) ?? product.variants[0];
      if (!selected) return c.notFound();
      return c.html(<ProductPage page={page} product={product} selected={selected} inventory={inventory} error={takeFlash(c)} />);
    })
    .get("/images/:file", (c) => {
      const product = findProduct(c.req.param("file").replace(/\.svg$/, ""));
      if (!product) return c.text("not found", 404);
      return c.body(productSvg(product), 200, { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=86400" });
    })
    .get("/assets/store.css", (c) => c.body(stylesheet, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=300" }));
}

