import type { Category, CatalogProduct } from "../domain/product.ts";
import { catalog } from "./catalog.ts";

const haystack = (p: CatalogProduct) =>
  [p.title, p.description, p.category, ...Object.values(p.attributes), ...(p.compatibleWith ?? []), ...p.variants.map((v) => v.title)]
    .join(" ")
    .toLowerCase();

/** Every word of the query must appear somewhere in the product (title, text, variants, compatibility). */
export function searchCatalog(filter: { query?: string; category?: Category; limit?: number }): CatalogProduct[] {
  const words = (filter.query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return catalog
    .filter((p) => filter.category === undefined || p.category === filter.category)
    .filter((p) => words.every((w) => haystack(p).includes(w)))
    .slice(0, filter.limit ?? catalog.length);
}
