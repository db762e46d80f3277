import { z } from "zod";
import { daysIn } from "../policy-text.ts";
import { fail, ok, type Result } from "../result.ts";
import type { PolicyFacts } from "../store-config.ts";
import type { ShippingQuery } from "../store-adapter.ts";
import type { ShippingRate } from "../store-schemas.ts";
import type { GraphqlRequest } from "./shopify-graphql.ts";
import { cartGid } from "./shopify-mapping.ts";
import { storefrontDocument } from "./storefront-operations.ts";
import { DeliveryPayload } from "./storefront-schemas.ts";

/**
 * Shopify quotes delivery for a cart with a delivery address: country and postal code are set as a
 * one-time address, then the cart's delivery options are read. Days come from the rate's name
 * ("Standard (3-5 business days)") or the merchant's declared deliveryDays.
 */
export async function shopifyShippingRates(storefront: GraphqlRequest, query: ShippingQuery, facts: PolicyFacts): Promise<Result<ShippingRate[]>> {
  const country = query.country?.toUpperCase();
  if (!country) return fail("address_required", "Shopify quotes shipping for a delivery address: at least a country.");
  const shipsTo = await storefront(storefrontDocument("shipsTo"), {}, z.object({ shop: z.object({ shipsToCountries: z.array(z.string()) }) }));
  if (!shipsTo.ok) return shipsTo;
  const supported = shipsTo.value.shop.shipsToCountries;
  if (!supported.includes(country)) {
    return fail("country_not_supported", `The store does not ship to ${country}.`, { status: 422, country, supported });
  }
  const address = { countryCode: country, ...(query.postalCode ? { zip: query.postalCode } : {}) };
  const result = await storefront(
    storefrontDocument("cartDeliveryOptions"),
    { cartId: cartGid(query.cartId), addresses: [{ address: { deliveryAddress: address }, selected: true, oneTimeUse: true }] },
    z.object({ cartDeliveryAddressesReplace: DeliveryPayload }),
  );
  if (!result.ok) return result;
  const payload = result.value.cartDeliveryAddressesReplace;
  const error = payload.userErrors[0];
  if (error) return fail("address_required", error.message, { status: 422, storeCode: error.code ?? "" });
  if (payload.cart === null) return fail("not_found", "Shopify has no open cart with this token.", { status: 404 });
  const options = payload.cart.deliveryGroups.nodes.flatMap((group) => group.deliveryOptions).filter((o) => o.deliveryMethodType === "SHIPPING");
  const seen = new Set<string>();
  const rates: ShippingRate[] = [];
  for (const option of options) {
    if (seen.has(option.handle)) continue;
    seen.add(option.handle);
    const name = option.title ?? option.handle;
    const days = daysIn(`${name} ${option.description ?? ""}`) ?? facts.deliveryDays ?? null;
    if (days === null) {
      return fail("delivery_days_unknown", `Shopify's rate "${name}" states no delivery time and the site config declares no deliveryDays.`);
    }
    const express = /express|overnight|next.?day/i.test(name);
    const freeOver = !express && facts.freeShippingOver ? { amount: facts.freeShippingOver, currency: option.estimatedCost.currency } : null;
    rates.push({ id: option.handle, name, price: option.estimatedCost, minDays: days.min, maxDays: days.max, freeOver, kind: express ? "express" : "standard" });
  }
  return ok(rates);
}
