import { z } from "zod";
import { daysIn } from "../policy-text.ts";
import { fail, ok, type Result } from "../result.ts";
import type { PolicyFacts } from "../store-config.ts";
import type { ShippingRate } from "../store-schemas.ts";
import type { WooHttp } from "./woo-http.ts";
import type { WooCart } from "./woo-schemas.ts";

const Zone = z.looseObject({ id: z.number().int() });
const Location = z.looseObject({ code: z.string(), type: z.string() });

/** Countries any shipping zone lists (REST v3), for the answer to "do you ship to …". */
async function shippedCountries(http: WooHttp): Promise<string[]> {
  const zones = await http.rest("GET", "/shipping/zones", z.array(Zone));
  if (!zones.ok) return [];
  const locations = await Promise.all(zones.value.map((zone) => http.rest("GET", `/shipping/zones/${zone.id}/locations`, z.array(Location))));
  return [...new Set(locations.flatMap((l) => (l.ok ? l.value.filter((x) => x.type === "country").map((x) => x.code) : [])))];
}

/** The cart's shipping rates once its shipping country (and postcode) are set; days from the rate or the merchant. */
export async function wooShippingRates(http: WooHttp, cart: WooCart, country: string, facts: PolicyFacts): Promise<Result<ShippingRate[]>> {
  const options = cart.shipping_rates.flatMap((pkg) => pkg.shipping_rates).filter((r) => r.method_id !== "local_pickup" && r.method_id !== "pickup_location");
  if (options.length === 0) {
    return fail("country_not_supported", `The store does not ship to ${country}.`, { status: 422, country, supported: await shippedCountries(http) });
  }
  const rates: ShippingRate[] = [];
  for (const rate of options) {
    const days = daysIn(`${rate.delivery_time} ${rate.name} ${rate.description}`) ?? facts.deliveryDays ?? null;
    if (days === null) return fail("delivery_days_unknown", `WooCommerce's rate "${rate.name}" states no delivery time and the site config declares no deliveryDays.`);
    const express = /express|overnight|next.?day/i.test(rate.name);
    const freeOver = !express && facts.freeShippingOver ? { amount: facts.freeShippingOver, currency: rate.currency_code } : null;
    rates.push({ id: rate.rate_id, name: rate.name, price: { amount: rate.price, currency: rate.currency_code }, minDays: days.min, maxDays: days.max, freeOver, kind: express ? "express" : "standard" });
  }
  return ok(rates);
}
