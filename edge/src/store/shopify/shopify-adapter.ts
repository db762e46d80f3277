import { createStorefrontApiClient } from "@shopify/storefront-api-client";
import { z } from "zod";
import type { ShopifyStore } from "../store-config.ts";
import { fail, ok, type Failure, type Result } from "../result.ts";
import type { StoreAdapter } from "../store-adapter.ts";
import type { Cart } from "../store-schemas.ts";
import { createShopifyAdmin } from "./shopify-admin.ts";
import { graphqlRequest, originFetch } from "./shopify-graphql.ts";
import { cartGid, toCart, toProduct } from "./shopify-mapping.ts";
import { shopifyPolicies } from "./shopify-policies.ts";
import { shopifyShippingRates } from "./shopify-shipping.ts";
import { storefrontDocument } from "./storefront-operations.ts";
import { CartPayload, type CartWarning, SfCart, SfProduct } from "./storefront-schemas.ts";

export interface ShopifyAdapterOptions {
  config: z.infer<typeof ShopifyStore>;
  storefrontToken: string;
  adminToken?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Carts expire after 10 days without changes; a checkout link lives as long as its cart. */
const cartLifetimeMs = 10 * 24 * 3600 * 1000;

/** Shopify through the Storefront API (carts, products, delivery, policies) and, with an admin token, the Admin API. */
export function createShopifyAdapter(options: ShopifyAdapterOptions): StoreAdapter {
  const shop = options.config.shopDomain;
  const customFetchApi = originFetch(shop, options.fetch ?? fetch, options.timeoutMs ?? 8000);
  const client = createStorefrontApiClient({
    storeDomain: shop,
    apiVersion: options.config.apiVersion,
    privateAccessToken: options.storefrontToken,
    customFetchApi,
    logger: () => {},
  });
  const storefront = graphqlRequest(client, "Storefront API");
  const admin = options.adminToken ? createShopifyAdmin({ shop, apiVersion: options.config.apiVersion, token: options.adminToken, customFetchApi }) : null;

  async function readCart(cartId: string): Promise<Result<Cart>> {
    const result = await storefront(storefrontDocument("cart"), { id: cartGid(cartId) }, z.object({ cart: SfCart.nullable() }));
    if (!result.ok) return result;
    if (result.value.cart === null) return fail("not_found", "Shopify has no open cart with this token (expired or checked out).", { status: 404 });
    return ok(toCart(result.value.cart, shop));
  }

  async function mutateWithWarnings(name: Parameters<typeof storefrontDocument>[0], variables: Record<string, unknown>) {
    const result = await storefront(storefrontDocument(name), variables, z.record(z.string(), z.unknown()));
    if (!result.ok) return result;
    const parsed = CartPayload.safeParse(result.value[name]);
    if (!parsed.success) return fail("invalid_response", `Shopify's Storefront API answered ${name} with an unexpected shape.`);
    const payload = parsed.data;
    const error = payload.userErrors[0];
    if (error) return cartError(error.code ?? "", error.message);
    if (payload.cart === null) return fail("not_found", "Shopify has no open cart with this token.", { status: 404 });
    return ok({ cart: toCart(payload.cart, shop), warnings: payload.warnings });
  }

  /** A cart change; Shopify adds what is in stock and warns, which is an out_of_stock for the agent. */
  async function mutate(name: Parameters<typeof storefrontDocument>[0], variables: Record<string, unknown>): Promise<Result<Cart>> {
    const result = await mutateWithWarnings(name, variables);
    if (!result.ok) return result;
    const short = result.value.warnings.find((w) => w.code === "MERCHANDISE_NOT_ENOUGH_STOCK" || w.code === "MERCHANDISE_OUT_OF_STOCK");
    if (short) {
      const line = result.value.cart.lines.find((l) => l.id === short.target || l.variantId === short.target);
      return fail("out_of_stock", short.message, { status: 409, available: line?.inventory ?? 0 });
    }
    return ok(result.value.cart);
  }

  const setCodes = (cartId: string, codes: string[]) => mutateWithWarnings("cartDiscountCodesUpdate", { cartId: cartGid(cartId), discountCodes: codes });

  return {
    platform: "shopify",
    capabilities: {
      stock: "exact",
      shipping: "address",
      policies: "text",
      applyCodes: true,
      singleUseCodes: admin !== null,
      checkoutLink: "native",
      customerHistory: admin !== null,
      editCart: true,
      searchProducts: true,
    },
    getCart: readCart,
    updateLine: (cartId, lineId, change) =>
      mutate("cartLinesUpdate", {
        cartId: cartGid(cartId),
        lines: [{ id: lineId, ...(change.quantity !== undefined ? { quantity: change.quantity } : {}), ...(change.variantId ? { merchandiseId: change.variantId } : {}) }],
      }),
    addLine: (cartId, variantId, quantity) =>
      mutate("cartLinesAdd", { cartId: cartGid(cartId), lines: [{ merchandiseId: variantId, quantity }] }),
    removeLine: (cartId, lineId) => mutate("cartLinesRemove", { cartId: cartGid(cartId), lineIds: [lineId] }),
    async applyDiscount(cartId, code) {
      const before = await readCart(cartId);
      if (!before.ok) return before;
      const others = before.value.discounts.map((d) => d.code).filter((c) => c.toUpperCase() !== code.toUpperCase());
      const applied = await setCodes(cartId, [...others, code]);
      if (!applied.ok) return applied;
      if (applied.value.cart.discounts.some((d) => d.code.toUpperCase() === code.toUpperCase())) return ok(applied.value.cart);
      // Shopify keeps an inapplicable code on the cart (`applicable: false`) and says why in a warning.
      await setCodes(cartId, others);
      return couponFailure(code, applied.value.warnings);
    },
    async removeDiscount(cartId, code) {
      const cart = await readCart(cartId);
      if (!cart.ok) return cart;
      const removed = await setCodes(cartId, cart.value.discounts.map((d) => d.code).filter((c) => c.toUpperCase() !== code.toUpperCase()));
      return removed.ok ? ok(removed.value.cart) : removed;
    },
    updateCustomer: (cartId, update) =>
      mutate("cartBuyerIdentityUpdate", {
        cartId: cartGid(cartId),
        buyerIdentity: {
          ...(update.email ? { email: update.email } : {}),
          ...(update.phone ? { phone: update.phone } : {}),
          ...(update.country ? { countryCode: update.country.toUpperCase() } : {}),
        },
      }),
    async searchProducts(q) {
      const terms = [q.query ?? "", q.category ? `product_type:"${q.category.replace(/"/g, "")}"` : ""].filter(Boolean).join(" ");
      const result = await storefront(
        storefrontDocument("products"),
        { first: Math.min(q.limit ?? 20, 50), query: terms || null },
        z.object({ products: z.object({ nodes: z.array(SfProduct) }) }),
      );
      return result.ok ? ok(result.value.products.nodes.map((p) => toProduct(p, shop))) : result;
    },
    async getProduct(productId) {
      const result = await storefront(storefrontDocument("product"), { id: productId }, z.object({ product: SfProduct.nullable() }));
      if (!result.ok) return result.code === "store_error" ? fail("not_found", "No such product.", { status: 404 }) : result;
      return result.value.product ? ok(toProduct(result.value.product, shop)) : fail("not_found", "No such product.", { status: 404 });
    },
    getShippingRates: (query) => shopifyShippingRates(storefront, query, options.config.facts),
    getPolicies: () => shopifyPolicies(storefront, options.config.facts),
    async createCheckoutLink(cartId) {
      const result = await storefront(storefrontDocument("cart"), { id: cartGid(cartId) }, z.object({ cart: SfCart.nullable() }));
      if (!result.ok) return result;
      const cart = result.value.cart;
      if (cart === null) return fail("not_found", "Shopify has no open cart with this token.", { status: 404 });
      return ok({ url: cart.checkoutUrl, expiresAt: new Date(Date.parse(cart.updatedAt) + cartLifetimeMs).toISOString() });
    },
    getCustomer: (email) => (admin ? admin.customerHistory(email) : Promise.resolve(fail("unsupported", "Order history needs an Admin API token."))),
    ...(admin
      ? {
          async createSingleUseCode(offer, cartId) {
            const cart = await readCart(cartId);
            return cart.ok ? admin.createSingleUseCode(offer, cart.value.currency) : cart;
          },
        }
      : {}),
  };
}

/** Shopify's discount warnings as the coupon_* failures every adapter reports. */
const couponCodes: [RegExp, string][] = [
  [/^DISCOUNT_NOT_FOUND$/, "coupon_invalid"],
  [/^DISCOUNT_CURRENTLY_INACTIVE$/, "coupon_expired"],
  [/USAGE_LIMIT_REACHED$/, "coupon_already_used"],
  [/^DISCOUNT_PURCHASE_NOT_IN_RANGE$|^DISCOUNT_QUANTITY_NOT_IN_RANGE$/, "coupon_minimum_not_met"],
];

function couponFailure(code: string, warnings: CartWarning[]): Failure {
  const warning = warnings.find((w) => w.code.startsWith("DISCOUNT_"));
  const mapped = warning ? couponCodes.find(([pattern]) => pattern.test(warning.code))?.[1] : undefined;
  const message = warning?.message ?? `${code} does not apply to this cart.`;
  return fail(mapped ?? "coupon_not_applicable", message, { status: 422, ...(warning ? { storeCode: warning.code } : {}) });
}

function cartError(code: string, message: string): Failure {
  if (/INVALID|NOT_FOUND/.test(code) && /cart/i.test(message)) return fail("not_found", message, { status: 404, storeCode: code });
  if (/MERCHANDISE_NOT_ENOUGH_STOCK|NOT_ENOUGH_STOCK|STOCK/.test(code)) return fail("out_of_stock", message, { status: 409, storeCode: code });
  return fail("store_rejected", message, { status: 422, storeCode: code });
}
