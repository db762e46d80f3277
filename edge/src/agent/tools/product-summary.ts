import type { Money, Product } from "../../store/store-schemas.ts";

/** The short form of a product the tools list (contract: ProductSummary). */
export interface ProductSummary {
  id: string;
  title: string;
  category: string;
  url: string;
  image: string;
  /** The lowest variant price. */
  price: Money;
  inStock: boolean;
  rating?: { average: number; count: number };
}

export function toProductSummary(product: Product): ProductSummary {
  const cheapest = product.variants.reduce<Money | null>(
    (low, variant) => (low === null || variant.price.amount < low.amount ? variant.price : low),
    null,
  );
  return {
    id: product.id,
    title: product.title,
    category: product.category,
    url: product.url,
    image: product.image,
    price: cheapest ?? { amount: 0, currency: "EUR" },
    inStock: product.variants.some((variant) => variant.inventory > 0),
    ...(product.rating ? { rating: product.rating } : {}),
  };
}
