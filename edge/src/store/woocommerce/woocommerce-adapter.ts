import { z } from "zod";
import type { WooCommerceStore } from "../store-config.ts";
import { fail, ok, type Result } from "../result.ts";
import type { StoreAdapter } from "../store-adapter.ts";
import type { Cart } from "../store-schemas.ts";
import { textPolicies } from "../text-policies.ts";
import { wooCatalog } from "./woo-catalog.ts";
import { couponRefusal, createWooCoupon } from "./woo-coupons.ts";
import { cartSession, createWooHttp } from "./woo-http.ts";
import { toCart, toHistory, type WooOrder } from "./woo-mapping.ts";
import { WooCart } from "./woo-schemas.ts";
import { wooShippingRates } from "./woo-shipping.ts";

export interface WooCommerceAdapterOptions {
  config: z.infer<typeof WooCommerceStore>;
  /** `consumer_key:consumer_secret`. */
  credentials: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** WooCommerce sessions (and so Cart-Tokens) live 48 hours by default. */
const sessionLifetimeMs = 48 * 3600 * 1000;
const Gateway = z.looseObject({ id: z.string(), title: z.string(), enabled: z.boolean() });
const Customer = z.looseObject({ id: z.number().int(), email: z.string() });
const Order = z.looseObject({
  id: z.number().int(),
  currency: z.string(),
  total: z.string(),
  status: z.string(),
  date_created_gmt: z.string(),
  line_items: z.array(z.looseObject({ product_id: z.number().int(), name: z.string(), quantity: z.number().int() })),
});

/** WooCommerce: the shopper's cart through the Store API and its Cart-Token; stock, coupons and orders through REST API v3. */
export function createWooCommerceAdapter(options: WooCommerceAdapterOptions): StoreAdapter {
  const shop = options.config.baseUrl.replace(/\/+$/, "");
  const http = createWooHttp({ baseUrl: shop, credentials: options.credentials, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const catalog = wooCatalog(http);

  /** A Store API cart call; a Cart-Token WooCommerce no longer knows starts a new session, which is not_found for us. */
  async function cartCall(token: string, method: "GET" | "POST", path: string, body?: unknown): Promise<Result<{ cart: Cart; raw: WooCart }>> {
    const result = await http.store(method, path, WooCart, token, body);
    if (!result.ok) return result;
    if (cartSession(result.value.cartToken) !== null && cartSession(result.value.cartToken) !== cartSession(token)) {
      return fail("not_found", "WooCommerce has no session for this Cart-Token (expired or invalid).", { status: 404 });
    }
    const raw = result.value.value;
    const parents = await catalog.parentsOf(raw.items.map((i) => i.id));
    return ok({ cart: toCart(raw, token, parents, shop), raw });
  }
  const cartOnly = async (token: string, method: "GET" | "POST", path: string, body?: unknown): Promise<Result<Cart>> => {
    const result = await cartCall(token, method, path, body);
    return result.ok ? ok(result.value.cart) : result;
  };
  async function stockFailure(result: Result<Cart>, variantId: string): Promise<Result<Cart>> {
    if (result.ok || !/out_of_stock|not_enough_stock|partially_out_of_stock/.test(String(result.storeCode ?? ""))) return result;
    return fail("out_of_stock", result.message, { status: 409, available: await catalog.available(variantId), storeCode: result.storeCode });
  }

  return {
    platform: "woocommerce",
    capabilities: { stock: "exact", shipping: "country", policies: "text", applyCodes: true, singleUseCodes: true, checkoutLink: "native", customerHistory: true, editCart: true, searchProducts: true },
    getCart: (token) => cartOnly(token, "GET", "/cart"),
    async updateLine(token, lineId, change) {
      if (change.variantId) {
        const current = await cartOnly(token, "GET", "/cart");
        if (!current.ok) return current;
        const line = current.value.lines.find((l) => l.id === lineId);
        if (!line) return fail("not_found", "No such cart line.", { status: 404 });
        const added = await stockFailure(await cartOnly(token, "POST", "/cart/add-item", { id: Number(change.variantId), quantity: change.quantity ?? line.quantity }), change.variantId);
        return added.ok ? cartOnly(token, "POST", "/cart/remove-item", { key: lineId }) : added;
      }
      const updated = await cartOnly(token, "POST", "/cart/update-item", { key: lineId, quantity: change.quantity });
      if (updated.ok || !/stock/.test(String(updated.storeCode ?? ""))) return updated;
      const current = await cartOnly(token, "GET", "/cart");
      const variantId = current.ok ? current.value.lines.find((l) => l.id === lineId)?.variantId : undefined;
      return variantId ? stockFailure(updated, variantId) : updated;
    },
    addLine: async (token, variantId, quantity) => stockFailure(await cartOnly(token, "POST", "/cart/add-item", { id: Number(variantId), quantity }), variantId),
    removeLine: (token, lineId) => cartOnly(token, "POST", "/cart/remove-item", { key: lineId }),
    async applyDiscount(token, code) {
      const applied = await cartOnly(token, "POST", "/cart/apply-coupon", { code });
      if (applied.ok || applied.storeCode !== "woocommerce_rest_cart_coupon_error") return applied;
      const cart = await cartOnly(token, "GET", "/cart");
      return cart.ok ? couponRefusal(http, code, cart.value, applied.message) : cart;
    },
    removeDiscount: (token, code) => cartOnly(token, "POST", "/cart/remove-coupon", { code }),
    updateCustomer: (token, update) =>
      cartOnly(token, "POST", "/cart/update-customer", {
        billing_address: { ...(update.email ? { email: update.email } : {}), ...(update.phone ? { phone: update.phone } : {}), ...(update.country ? { country: update.country } : {}) },
        shipping_address: { ...(update.country ? { country: update.country } : {}), ...(update.postalCode ? { postcode: update.postalCode } : {}) },
      }),
    searchProducts: (query) => catalog.search(query),
    getProduct: (id) => catalog.product(id),
    async getShippingRates(query) {
      const country = query.country?.toUpperCase();
      if (!country) return fail("address_required", "A country is needed for WooCommerce shipping rates.");
      const result = await cartCall(query.cartId, "POST", "/cart/update-customer", { shipping_address: { country, ...(query.postalCode ? { postcode: query.postalCode } : {}) } });
      return result.ok ? wooShippingRates(http, result.value.raw, country, options.config.facts) : result;
    },
    async getPolicies() {
      const gateways = await http.rest("GET", "/payment_gateways", z.array(Gateway));
      if (!gateways.ok) return gateways;
      const payments = gateways.value.filter((g) => g.enabled).map((g) => ({ id: g.id, name: g.title, bnpl: false }));
      return ok(textPolicies({ refund: null, shipping: null, contact: null, payments }, options.config.facts));
    },
    async createCheckoutLink(token) {
      const cart = await cartOnly(token, "GET", "/cart");
      if (!cart.ok) return cart;
      // The shopper's browser holds the same session: WooCommerce's checkout page shows this cart.
      return ok({ url: `${shop}/checkout/`, expiresAt: new Date(Date.now() + sessionLifetimeMs).toISOString() });
    },
    async getCustomer(email) {
      const customers = await http.rest("GET", `/customers?email=${encodeURIComponent(email)}`, z.array(Customer));
      if (!customers.ok) return customers;
      const customer = customers.value[0];
      if (!customer) return ok({ customer: null, orders: [] });
      const orders = await http.rest("GET", `/orders?customer=${customer.id}&per_page=20`, z.array(Order));
      if (!orders.ok) return orders;
      const list: WooOrder[] = orders.value;
      return ok(toHistory(customer.email, list));
    },
    async createSingleUseCode(offer, token) {
      const cart = await cartOnly(token, "GET", "/cart");
      return cart.ok ? createWooCoupon(http, offer, cart.value.currency) : cart;
    },
  };
}
