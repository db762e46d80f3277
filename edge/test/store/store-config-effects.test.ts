import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createShopifyAdapter } from "../../src/store/shopify/shopify-adapter.ts";
import { ShopifyStore, VendureStore } from "../../src/store/store-config.ts";
import { createVendureAdapter } from "../../src/store/vendure/vendure-adapter.ts";
import { createWooHttp } from "../../src/store/woocommerce/woo-http.ts";
import { WooCart } from "../../src/store/woocommerce/woo-schemas.ts";
import { wooShippingRates } from "../../src/store/woocommerce/woo-shipping.ts";

interface Seen {
  url: string;
  headers: Headers;
  query: string;
}

/** A GraphQL endpoint that records each request and answers `data` from the query text. */
function graphqlEndpoint(answer: (query: string) => unknown) {
  const seen: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = typeof init?.body === "string" ? init.body : "{}";
    const { query } = z.object({ query: z.string() }).parse(JSON.parse(body));
    seen.push({ url: String(input), headers: new Headers(init?.headers), query });
    return Response.json({ data: answer(query) });
  };
  return { seen, fetch };
}

const delivery = (title: string) => ({
  cartDeliveryAddressesReplace: {
    userErrors: [],
    cart: {
      deliveryGroups: {
        nodes: [{ deliveryOptions: [{ handle: "std", title, description: null, deliveryMethodType: "SHIPPING", estimatedCost: { amount: "4.90", currencyCode: "EUR" } }] }],
      },
    },
  },
});

function shopify(facts: Record<string, unknown>, rateTitle: string, apiVersion?: string) {
  const endpoint = graphqlEndpoint((query) => (query.includes("shipsToCountries") ? { shop: { shipsToCountries: ["DE", "FR"] } } : delivery(rateTitle)));
  const config = ShopifyStore.parse({ platform: "shopify", shopDomain: "acme.myshopify.com", tokenSecret: "STORE_TOKEN_A", webhookSecret: "STORE_TOKEN_B", facts, ...(apiVersion ? { apiVersion } : {}) });
  return { endpoint, adapter: createShopifyAdapter({ config, storefrontToken: "sf-token", fetch: endpoint.fetch }) };
}

describe("Shopify: store fields the adapter reads", () => {
  it("calls the Storefront API of the shopDomain at the configured apiVersion", async () => {
    for (const version of ["2025-10", "2026-04"]) {
      const { endpoint, adapter } = shopify({}, "Standard (2-3 business days)", version);
      await adapter.getShippingRates({ cartId: "c1", country: "DE" });
      expect(endpoint.seen[0]?.url).toBe(`https://acme.myshopify.com/api/${version}/graphql.json`);
    }
  });

  it("uses facts.deliveryDays only where the rate names no days", async () => {
    const declared = shopify({ deliveryDays: { min: 3, max: 6 } }, "Standard");
    expect(await declared.adapter.getShippingRates({ cartId: "c1", country: "FR" })).toMatchObject({ ok: true, value: [{ minDays: 3, maxDays: 6 }] });
    const named = shopify({ deliveryDays: { min: 3, max: 6 } }, "Standard (1-2 business days)");
    expect(await named.adapter.getShippingRates({ cartId: "c1", country: "FR" })).toMatchObject({ ok: true, value: [{ minDays: 1, maxDays: 2 }] });
    const undeclared = shopify({}, "Standard");
    expect(await undeclared.adapter.getShippingRates({ cartId: "c1", country: "FR" })).toMatchObject({ ok: false, code: "delivery_days_unknown" });
  });

  it("states facts.freeShippingOver on standard rates", async () => {
    const free = shopify({ freeShippingOver: 6000 }, "Standard (2-3 business days)");
    expect(await free.adapter.getShippingRates({ cartId: "c1", country: "DE" })).toMatchObject({ ok: true, value: [{ freeOver: { amount: 6000, currency: "EUR" } }] });
    const none = shopify({}, "Standard (2-3 business days)");
    expect(await none.adapter.getShippingRates({ cartId: "c1", country: "DE" })).toMatchObject({ ok: true, value: [{ freeOver: null }] });
  });
});

describe("Vendure: store fields the adapter reads", () => {
  const base = { platform: "vendure", shopApiUrl: "https://shop.example/shop-api", adminApiUrl: "https://shop.example/admin-api", checkoutUrl: "https://www.example/checkout", tokenSecret: "STORE_TOKEN_A", webhookSecret: "STORE_TOKEN_B" };

  it("links to checkoutUrl and asks adminApiUrl for a customer's orders", async () => {
    const order = { id: "1", code: "A1", state: "AddingItems", currencyCode: "EUR", updatedAt: "2026-01-01T00:00:00Z", subTotalWithTax: 0, totalWithTax: 0, couponCodes: [], discounts: [], promotions: [], lines: [] };
    const endpoint = graphqlEndpoint(() => ({ activeOrder: order }));
    const config = VendureStore.parse({ ...base, checkoutUrl: "https://www.example/kasse", adminApiUrl: "https://admin.example/admin-api" });
    const adapter = createVendureAdapter({ config, adminToken: "admin", fetch: endpoint.fetch });
    expect(await adapter.createCheckoutLink("session-token")).toMatchObject({ ok: true, value: { url: "https://www.example/kasse" } });
    await adapter.getCustomer?.("ana@example.com");
    expect(endpoint.seen.map((r) => r.url)).toEqual(["https://shop.example/shop-api", "https://admin.example/admin-api"]);
  });

  it("sends channelToken as the vendure-token header, and none without it", async () => {
    for (const channelToken of ["eu-channel", undefined]) {
      const endpoint = graphqlEndpoint(() => ({ activeOrder: null }));
      const config = VendureStore.parse({ ...base, ...(channelToken ? { channelToken } : {}) });
      await createVendureAdapter({ config, adminToken: "admin", fetch: endpoint.fetch }).getCart("session-token");
      expect(endpoint.seen[0]?.url).toBe("https://shop.example/shop-api");
      expect(endpoint.seen[0]?.headers.get("vendure-token")).toBe(channelToken ?? null);
    }
  });
});

describe("Vendure: declared facts on shipping rates", () => {
  const order = { id: "1", code: "A1", state: "AddingItems", currencyCode: "EUR", updatedAt: "2026-01-01T00:00:00Z", subTotalWithTax: 5000, totalWithTax: 5000, couponCodes: [], discounts: [], promotions: [], lines: [] };
  const rates = async (facts: Record<string, unknown>, method: string) => {
    const endpoint = graphqlEndpoint((query) =>
      query.includes("eligibleShippingMethods")
        ? { eligibleShippingMethods: [{ id: "1", name: method, description: "", priceWithTax: 590 }], availableCountries: [{ code: "DE" }] }
        : { activeOrder: order },
    );
    const config = VendureStore.parse({
      platform: "vendure",
      shopApiUrl: "https://shop.example/shop-api",
      adminApiUrl: "https://shop.example/admin-api",
      checkoutUrl: "https://www.example/checkout",
      tokenSecret: "STORE_TOKEN_A",
      webhookSecret: "STORE_TOKEN_B",
      facts,
    });
    return createVendureAdapter({ config, adminToken: "admin", fetch: endpoint.fetch }).getShippingRates({ cartId: "session-token", country: "DE" });
  };

  it("uses facts.deliveryDays where the method names no days, and states facts.freeShippingOver", async () => {
    expect(await rates({ deliveryDays: { min: 2, max: 5 }, freeShippingOver: 7000 }, "Standard")).toMatchObject({
      ok: true,
      value: [{ minDays: 2, maxDays: 5, freeOver: { amount: 7000, currency: "EUR" } }],
    });
    expect(await rates({}, "Standard (1-2 days)")).toMatchObject({ ok: true, value: [{ minDays: 1, maxDays: 2, freeOver: null }] });
    expect(await rates({}, "Standard")).toMatchObject({ ok: false, code: "delivery_days_unknown" });
  });
});

describe("WooCommerce: declared facts on shipping rates", () => {
  const http = createWooHttp({ baseUrl: "https://woo.example", credentials: "ck:cs", fetch: async () => Response.json([]) });
  const cart = (name: string) =>
    WooCart.parse({
      items: [],
      coupons: [],
      totals: { total_items: "5000", total_discount: "0", total_price: "5000", currency_code: "EUR", currency_minor_unit: 2 },
      shipping_address: { country: "FR" },
      billing_address: {},
      shipping_rates: [{ package_id: 0, shipping_rates: [{ rate_id: "flat:1", name, price: "490", method_id: "flat_rate", currency_code: "EUR", currency_minor_unit: 2 }] }],
    });

  it("uses facts.deliveryDays where the rate names no days, and states facts.freeShippingOver", async () => {
    const declared = await wooShippingRates(http, cart("Flat rate"), "FR", { deliveryDays: { min: 4, max: 7 }, freeShippingOver: 8000 });
    expect(declared).toMatchObject({ ok: true, value: [{ minDays: 4, maxDays: 7, freeOver: { amount: 8000, currency: "EUR" } }] });
    expect(await wooShippingRates(http, cart("Flat rate (2-3 days)"), "FR", {})).toMatchObject({ ok: true, value: [{ minDays: 2, maxDays: 3, freeOver: null }] });
    expect(await wooShippingRates(http, cart("Flat rate"), "FR", {})).toMatchObject({ ok: false, code: "delivery_days_unknown" });
  });
});
