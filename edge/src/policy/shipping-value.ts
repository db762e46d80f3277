import { z } from "zod";
import type { StoreAdapter } from "../store/store-adapter.ts";
import type { Cart } from "../store/store-schemas.ts";

const ShipsTo = z.looseObject({ countries: z.array(z.string().length(2)).min(1) });

/**
 * What free shipping is worth on this cart, in minor units: the standard (cheapest) rate to the
 * cart's destination; with no destination yet, the highest such rate over every country the
 * offer covers (`countries`, else every country the store ships to), since the shopper may still
 * choose any of them at checkout. Null when it cannot be known: the offer is then not granted.
 */
export async function freeShippingValue(store: StoreAdapter, cart: Cart, countries: readonly string[]): Promise<number | null> {
  const destination = cart.customer.country?.toUpperCase() ?? null;
  if (destination !== null) {
    if (countries.length > 0 && !countries.includes(destination)) return 0;
    return standardRate(store, cart, destination);
  }
  let targets = [...countries];
  if (targets.length === 0) {
    const policies = await store.getPolicies();
    const shipsTo = policies.ok ? ShipsTo.safeParse(policies.value.shipping) : null;
    if (!shipsTo?.success) return null;
    targets = shipsTo.data.countries;
  }
  const rates = await Promise.all(targets.map((country) => standardRate(store, cart, country)));
  if (rates.some((rate) => rate === null)) return null;
  return Math.max(0, ...rates.filter((rate) => rate !== null));
}

/** The price a free-shipping code takes away for one country: its cheapest rate before any code. */
async function standardRate(store: StoreAdapter, cart: Cart, country: string): Promise<number | null> {
  const postalCode = cart.customer.country?.toUpperCase() === country ? (cart.customer.postalCode ?? undefined) : undefined;
  const rates = await store.getShippingRates({ cartId: cart.id, country, ...(postalCode ? { postalCode } : {}) });
  if (!rates.ok) return rates.code === "country_not_supported" ? 0 : null;
  if (rates.value.length === 0) return 0;
  return Math.min(...rates.value.map((rate) => (rate.freeBecause === "coupon" ? (rate.originalPrice?.amount ?? rate.price.amount) : rate.price.amount)));
}
