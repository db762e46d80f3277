import type { StockVariant } from "./tool-results.ts";

/**
 * In-stock alternatives nearest to the size the shopper asked for, in the product's own size order
 * (42.5 sold out → 43, 42, 43.5), the larger one first on a tie; without a size, the store's order.
 */
export function rankAlternatives(alternatives: StockVariant[], requestedSize: string | undefined, sizes: string[] = []): StockVariant[] {
  const inStock = alternatives.filter((a) => (a.inventory === undefined ? a.stockLevel !== "out_of_stock" : a.inventory > 0));
  const position = (size: string | undefined) => (size === undefined ? -1 : sizes.findIndex((s) => s.toLowerCase() === size.toLowerCase()));
  const target = position(requestedSize);
  if (target < 0) return inStock;
  const distance = (a: StockVariant) => {
    const at = position(a.options["size"]);
    return at < 0 ? Number.POSITIVE_INFINITY : Math.abs(at - target) - (at > target ? 0.001 : 0);
  };
  return [...inStock].sort((a, b) => distance(a) - distance(b));
}
