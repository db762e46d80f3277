import type { Offer, SiteConfig } from "../config/site-config.ts";
import type { StoreAdapter } from "../store/store-adapter.ts";
import type { Cart } from "../store/store-schemas.ts";
import type { DiscountContext } from "./compute-offer-discount.ts";
import { freeShippingValue } from "./shipping-value.ts";

/**
 * Loads what pricing needs: product categories for offers limited to collections, and what
 * free shipping is worth for each free-shipping offer considered or already on the cart.
 */
export async function loadDiscountContext(store: StoreAdapter, cart: Cart, offers: Offer[], site: Pick<SiteConfig, "offers">): Promise<DiscountContext> {
  const categories: Record<string, string> = {};
  for (const line of cart.lines) if (line.category) categories[line.productId] = line.category;
  if (offers.some((offer) => offer.collections.length > 0)) {
    const ids = [...new Set(cart.lines.filter((l) => !l.category).map((line) => line.productId))];
    const products = await Promise.all(ids.map((id) => store.getProduct(id)));
    for (const result of products) {
      if (result.ok) categories[result.value.id] = result.value.category;
    }
  }
  const onCart = cart.discounts.filter((d) => d.kind === "free_shipping" || site.offers.some((o) => o.kind === "free_shipping" && sameCode(o.code, d.code)));
  const countrySets = new Map<string, readonly string[]>();
  for (const offer of offers) if (offer.kind === "free_shipping") countrySets.set(offer.code.toUpperCase(), offer.countries);
  for (const discount of onCart) {
    const known = site.offers.find((o) => sameCode(o.code, discount.code));
    countrySets.set(discount.code.toUpperCase(), known?.countries ?? []);
  }
  const shippingValues: Record<string, number | null> = {};
  await Promise.all(
    [...countrySets].map(async ([code, countries]) => {
      shippingValues[code] = await freeShippingValue(store, cart, countries);
    }),
  );
  return { categories, shippingValues };
}

export function sameCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}
