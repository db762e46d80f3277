import { Hono } from "hono";
import { z } from "zod";
import { freeShippingCovers } from "../domain/cart-math.ts";
import { Country, quoteRates, shippingTable } from "../domain/shipping.ts";
import { eur } from "../domain/money.ts";
import { priceCart } from "../services/cart-view.ts";
import { cartNotFound, fail } from "../services/result.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { problem, readQuery } from "./api-problem.ts";

const RatesQuery = z.object({
  cartId: z.string().min(1).optional(),
  country: z.string().trim().toUpperCase().pipe(z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, e.g. DE")),
  postalCode: z.string().max(12).optional(),
});

/**
 * Rates for a destination. With a cartId, prices are what this cart would pay: standard
 * shipping is 0 when the cart reaches `freeOver` or carries a free-shipping coupon, and
 * `originalPrice` + `freeBecause` say why.
 */
export function shippingRoutes(deps: StoreDeps) {
  return new Hono().get("/rates", (c) => {
    const q = readQuery(c, RatesQuery);
    if (!q.ok) return problem(c, q);
    const country = Country.safeParse(q.data.country);
    if (!country.success) {
      return problem(c, fail(422, "country_not_supported", `We do not ship to ${q.data.country}.`, { country: q.data.country, supported: Country.options }));
    }
    let merchandise = 0;
    let freeShippingCoupon = false;
    if (q.data.cartId !== undefined) {
      const cart = deps.repo.read().carts[q.data.cartId];
      if (!cart) return problem(c, cartNotFound(q.data.cartId));
      const priced = priceCart(cart);
      merchandise = priced.totals.merchandiseTotal;
      freeShippingCoupon = priced.coupons.some((cp) => freeShippingCovers(cp, "standard", country.data));
    }
    const rates = quoteRates(country.data, merchandise, freeShippingCoupon).map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      price: eur(r.price),
      minDays: r.minDays,
      maxDays: r.maxDays,
      ...(r.freeOver !== undefined ? { freeOver: eur(r.freeOver) } : {}),
      ...(r.originalPrice !== undefined ? { originalPrice: eur(r.originalPrice), freeBecause: r.freeBecause } : {}),
    }));
    const dutiesNote = shippingTable[country.data].dutiesNote;
    return c.json({ country: country.data, rates, ...(dutiesNote ? { dutiesNote } : {}) });
  });
}
