import type { StockVariant } from "./tool-results.ts";

const letterOrder = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"];

function position(size: string | undefined): number | null {
  if (size === undefined) return null;
  const numeric = Number(size.replace(",", "."));
  if (Number.isFinite(numeric)) return numeric;
  const index = letterOrder.indexOf(size.toUpperCase());
  return index >= 0 ? index : null;
}

/**
 * In-stock alternatives nearest to the size the shopper asked for (42.5 sold out → 43, 42, 43.5),
 * the larger one first on a tie; without a size, the store's order.
 */
export function rankAlternatives(alternatives: StockVariant[], requestedSize: string | undefined): StockVariant[] {
  const inStock = alternatives.filter((a) => a.inventory > 0);
  const target = position(requestedSize);
  if (target === null) return inStock;
  const distance = (a: StockVariant) => {
    const at = position(a.options.size);
    return at === null ? Number.POSITIVE_INFINITY : Math.abs(at - target) - (at > target ? 0.001 : 0);
  };
  return [...inStock].sort((a, b) => distance(a) - distance(b));
}
