import type { Result } from "./result.ts";
import type { StoreAdapter, StoreCapabilities } from "./store-adapter.ts";
import {
  Cart,
  CheckoutLink,
  CustomerHistory,
  Policies,
  Product,
  ProductList,
  ShippingRates,
} from "./store-schemas.ts";
import { createStoreRequest, type StoreClientOptions } from "./store-request.ts";

const policiesTtlMs = 5 * 60 * 1000;
const id = (value: string) => encodeURIComponent(value);

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Store API v1 as the demo store implements it: everything, with exact stock and signed checkout links. */
export const storeApiCapabilities: StoreCapabilities = {
  stock: "exact",
  shipping: "country",
  policies: "structured",
  applyCodes: true,
  singleUseCodes: false,
  checkoutLink: "signed",
  customerHistory: true,
  editCart: true,
  searchProducts: true,
};

/** The Store API v1 client (the `cart-saver` platform). Policies are cached per adapter for 5 minutes. */
export function createHttpStoreAdapter(options: StoreClientOptions): StoreAdapter {
  const request = createStoreRequest(options);
  let policies: { at: number; value: Promise<Result<Policies>> } | null = null;

  return {
    platform: "cart-saver",
    capabilities: storeApiCapabilities,
    getCart: (cartId) => request("GET", `/api/carts/${id(cartId)}`, Cart),
    updateLine: (cartId, lineId, change) =>
      request("PATCH", `/api/carts/${id(cartId)}/lines/${id(lineId)}`, Cart, change),
    addLine: (cartId, variantId, quantity) =>
      request("POST", `/api/carts/${id(cartId)}/lines`, Cart, { variantId, quantity }),
    removeLine: (cartId, lineId) => request("DELETE", `/api/carts/${id(cartId)}/lines/${id(lineId)}`, Cart),
    applyDiscount: (cartId, code) => request("POST", `/api/carts/${id(cartId)}/discounts`, Cart, { code }),
    removeDiscount: (cartId, code) => request("DELETE", `/api/carts/${id(cartId)}/discounts/${id(code)}`, Cart),
    updateCustomer: (cartId, update) => request("PATCH", `/api/carts/${id(cartId)}/customer`, Cart, update),
    async searchProducts(q) {
      const result = await request("GET", `/api/products${query({ ...q })}`, ProductList);
      return result.ok ? { ok: true, value: result.value.products } : result;
    },
    getProduct: (productId) => request("GET", `/api/products/${id(productId)}`, Product),
    async getShippingRates(q) {
      const result = await request("GET", `/api/shipping/rates${query({ ...q })}`, ShippingRates);
      return result.ok ? { ok: true, value: result.value.rates } : result;
    },
    getPolicies() {
      const now = Date.now();
      if (policies && now - policies.at < policiesTtlMs) return policies.value;
      const value = request("GET", "/api/policies", Policies);
      const entry = { at: now, value };
      policies = entry;
      // Failures are not cached: the next call asks the store again.
      void value.then((result) => {
        if (!result.ok && policies === entry) policies = null;
      });
      return value;
    },
    createCheckoutLink: (cartId) => request("POST", `/api/carts/${id(cartId)}/checkout-links`, CheckoutLink, {}),
    getCustomer: (email) => request("GET", `/api/customers${query({ email })}`, CustomerHistory),
  };
}

