import { z } from "zod";
import { fail, ok, type Result } from "../result.ts";
import type { Product, Variant } from "../store-schemas.ts";
import type { WooHttp } from "./woo-http.ts";
import { toProduct, toVariant, untrackedStock } from "./woo-mapping.ts";
import { WooProduct, WooVariation } from "./woo-schemas.ts";

const RestProduct = z.looseObject({
  id: z.number().int(),
  parent_id: z.number().int().default(0),
  sku: z.string().default(""),
  manage_stock: z.union([z.boolean(), z.literal("parent")]),
  stock_quantity: z.number().int().nullable(),
  stock_status: z.string(),
});

/** Products from the Store API, with exact stock per variation from REST API v3. */
export function wooCatalog(http: WooHttp) {
  const parents = new Map<number, number>();

  async function product(id: string): Promise<Result<Product>> {
    if (!/^\d+$/.test(id)) return fail("not_found", "No such product.", { status: 404 });
    const found = await http.store("GET", `/products/${id}`, WooProduct, null);
    if (!found.ok) return found;
    const p = found.value.value;
    const currency = p.prices.currency_code;
    let variants: Variant[];
    if (p.type === "variable") {
      const list = await http.rest("GET", `/products/${p.id}/variations?per_page=100`, z.array(WooVariation));
      if (!list.ok) return list;
      variants = list.value.map((v) => toVariant(v, currency));
    } else {
      const rest = await http.rest("GET", `/products/${p.id}`, RestProduct);
      if (!rest.ok) return rest;
      const tracked = rest.value.manage_stock === true;
      const inventory = tracked ? Math.max(0, rest.value.stock_quantity ?? 0) : rest.value.stock_status === "outofstock" ? 0 : untrackedStock;
      variants = [{ id: String(p.id), sku: p.sku, title: p.name, options: {}, price: { amount: p.prices.price, currency }, inventory }];
    }
    return ok(toProduct(p, variants));
  }

  return {
    product,
    async search(query: { query?: string; category?: string; limit?: number }): Promise<Result<Product[]>> {
      const params = new URLSearchParams({ per_page: String(Math.min(query.limit ?? 10, 50)) });
      if (query.query) params.set("search", query.query);
      const list = await http.store("GET", `/products?${params}`, z.array(WooProduct), null);
      if (!list.ok) return list;
      const wanted = query.category?.toLowerCase();
      const matching = list.value.value.filter((p) => !wanted || p.categories.some((c) => c.name.toLowerCase() === wanted || c.slug === wanted));
      const products = await Promise.all(matching.map((p) => product(String(p.id))));
      return ok(products.flatMap((p) => (p.ok ? [p.value] : [])));
    },
    /** Parent product ids of cart items (variations), remembered: they never change. */
    async parentsOf(ids: number[]): Promise<Map<number, number>> {
      await Promise.all(
        ids
          .filter((id) => !parents.has(id))
          .map(async (id) => {
            const found = await http.store("GET", `/products/${id}`, WooProduct, null);
            if (found.ok) parents.set(id, found.value.value.parent || id);
          }),
      );
      return parents;
    },
    /** What REST v3 says is in stock for a product or variation id. */
    async available(id: string): Promise<number> {
      const rest = await http.rest("GET", `/products/${id}`, RestProduct);
      return rest.ok ? Math.max(0, rest.value.stock_quantity ?? 0) : 0;
    },
  };
}
