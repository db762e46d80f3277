import type { SiteConfig } from "../../src/config/site-config.ts";
import { fail, ok } from "../../src/store/result.ts";
import { storeApiCapabilities } from "../../src/store/http-store-adapter.ts";
import type { StoreAdapter } from "../../src/store/store-adapter.ts";
import type { Cart } from "../../src/store/store-schemas.ts";

/**
 * A tiny in-memory store for policy properties: it knows the site's offer codes as coupons and
 * prices them its own way (like the demo store: category-limited percent/fixed, free shipping
 * as 0 until checkout). `inflate` > 1 makes it over-apply, like a store whose coupon rules differ
 * from the site config. Only the calls the offer flow makes are supported.
 */
export function createMemoryStore(site: SiteConfig, initial: Cart, shippingPrice: number, inflate = 1) {
  let cart: Cart = structuredClone(initial);
  const unsupported = async () => fail("unsupported", "not part of this fake");
  const store: StoreAdapter = {
    platform: "memory",
    capabilities: storeApiCapabilities,
    getCart: async () => ok(structuredClone(cart)),
    async applyDiscount(_cartId, code) {
      const offer = site.offers.find((o) => o.code === code);
      if (!offer) return fail("coupon_invalid", `${code} is not valid`, { status: 422 });
      if (cart.discounts.some((d) => d.code === code)) return fail("coupon_already_used", "already on the cart", { status: 422 });
      const eligible = cart.lines
        .filter((l) => offer.collections.length === 0 || (l.category !== undefined && offer.collections.includes(l.category)))
        .reduce((s, l) => s + l.lineTotal.amount, 0);
      const amount =
        offer.kind === "percent"
          ? Math.min(eligible, Math.round((eligible * offer.value * inflate) / 100))
          : offer.kind === "fixed"
            ? Math.min(eligible, offer.value * inflate)
            : 0;
      const discounts = [...cart.discounts, { code, amount: { amount, currency: "EUR" }, description: code }];
      const total = Math.max(0, cart.subtotal.amount - discounts.reduce((s, d) => s + d.amount.amount, 0));
      cart = { ...cart, discounts, total: { amount: total, currency: "EUR" } };
      return ok(structuredClone(cart));
    },
    async removeDiscount(_cartId, code) {
      const discounts = cart.discounts.filter((d) => d.code !== code);
      const total = Math.max(0, cart.subtotal.amount - discounts.reduce((s, d) => s + d.amount.amount, 0));
      cart = { ...cart, discounts, total: { amount: total, currency: "EUR" } };
      return ok(structuredClone(cart));
    },
    async getShippingRates() {
      const freeShip = cart.discounts.some((d) => site.offers.some((o) => o.code === d.code && o.kind === "free_shipping"));
      const price = { amount: shippingPrice, currency: "EUR" };
      const rate = { id: "std", name: "Standard", price, minDays: 2, maxDays: 3 };
      return ok([freeShip ? { ...rate, price: { ...price, amount: 0 }, originalPrice: price, freeBecause: "coupon" } : rate]);
    },
    getPolicies: async () =>
      ok({
        returns: { days: 30, free: true, conditions: null },
        exchanges: null,
        shipping: { countries: ["DE"] },
        payments: [],
        guestCheckout: null,
        security: null,
        support: { email: "help@example.com", hours: "9–17" },
      }),
    getProduct: unsupported,
    updateLine: unsupported,
    addLine: unsupported,
    removeLine: unsupported,
    updateCustomer: unsupported,
    searchProducts: unsupported,
    createCheckoutLink: unsupported,
    getCustomer: unsupported,
  };
  return { store, current: () => cart };
}
