import { Hono } from "hono";
import { z } from "zod";
import { findProduct } from "../catalog/catalog.ts";
import { searchCatalog } from "../catalog/search-catalog.ts";
import { Category } from "../domain/product.ts";
import { fail } from "../services/result.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { problem, readQuery } from "./api-problem.ts";
import { toProduct } from "./product-view.ts";

const ProductQuery = z.object({
  query: z.string().max(200).optional(),
  category: Category.optional(),
  limit: z.coerce.number().int().min(1).default(20).transform((n) => Math.min(n, 100)),
});

export function productsRoutes(deps: StoreDeps) {
  return new Hono()
    .get("/", (c) => {
      const q = readQuery(c, ProductQuery);
      if (!q.ok) return problem(c, q);
      const state = deps.repo.read();
      return c.json({ products: searchCatalog(q.data).map((p) => toProduct(p, state, deps.publicUrl)) });
    })
    .get("/:id", (c) => {
      const product = findProduct(c.req.param("id"));
      if (!product) return problem(c, fail(404, "product_not_found", `No product with id ${c.req.param("id")}.`, { productId: c.req.param("id") }));
      return c.json(toProduct(product, deps.repo.read(), deps.publicUrl));
    });
}
