import type { Offer } from "../config/site-config.ts";
import type { StoreAdapter } from "../store/store-adapter.ts";
import type { Cart } from "../store/store-schemas.ts";
import type { DiscountContext } from "./compute-offer-discount.ts";

/** Loads what the candidate offers need to be priced: product categories and the cheapest rate. */
export async function loadDiscountContext(store: StoreAdapter, cart: Cart, offers: Offer[]): Promise<DiscountContext> {
  const categories: Record<string, string> = {};
  for (const line of cart.lines) if (line.category) categories[line.productId] = line.category;
  if (offers.some((offer) => offer.collections.length > 0)) {
    const ids = [...new Set(cart.lines.filter((l) => !l.category).map((line) => line.productId))];
    const products = await Promise.all(ids.map((id) => store.getProduct(id)));
    for (const result of products) {
      if (result.ok) categories[result.value.id] = result.value.category;
    }
  }
  let cheapestShipping: number | null = null;
  if (offers.some((offer) => offer.kind === "free_shipping")) {
    const rates = await store.getShippingRates({
      cartId: cart.id,
      country: cart.customer.country ?? "DE",
      postalCode: cart.customer.postalCode ?? undefined,
    });
    if (rates.ok && rates.value.length > 0) {
      cheapestShipping = Math.min(...rates.value.map((rate) => rate.price.amount));
    }
  }
  return { categories, cheapestShipping };
}
