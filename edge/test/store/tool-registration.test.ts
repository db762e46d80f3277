import { describe, expect, it } from "vitest";
import { createTools } from "../../src/agent/tools/index.ts";
import { SiteConfig } from "../../src/config/site-config.ts";
import { readStoreSecret, siteStore } from "../../src/store/site-store.ts";
import { storeUrlAllowed } from "../../src/store/store-config.ts";
import { testSite, testTurn } from "../agent/agent-fixtures.ts";
import { demoStore } from "./demo-store-fixture.ts";

const verified = { customer: { id: "cust_1", email: "vip@example.com", verified: true as const } };

describe("tools registered by store capability", () => {
  const store = demoStore();

  it("registers every tool for Store API v1 and a verified customer", () => {
    const tools = createTools(testTurn("cart_x", { store, session: verified }).input);
    expect(Object.keys(tools).sort()).toEqual(
      ["adviseSize", "changeCartLine", "checkStock", "createCheckoutLink", "getCart", "getCustomerHistory", "getPolicies", "getProduct", "getShippingRates", "handOver", "recordObjection", "requestOffer", "saveCartForLater", "searchProducts"].sort(),
    );
  });

  it("leaves out what the store cannot do", () => {
    const turn = testTurn("cart_x", { store, session: verified });
    const limited = { ...turn.input, store: { ...store.adapter, capabilities: { ...store.adapter.capabilities, applyCodes: false, editCart: false, searchProducts: false, customerHistory: false } } };
    const names = Object.keys(createTools(limited));
    for (const missing of ["requestOffer", "changeCartLine", "searchProducts", "getCustomerHistory"]) expect(names).not.toContain(missing);
    expect(names).toContain("getPolicies");
  });
});

describe("siteStore and store settings", () => {
  const site = (store: object) => SiteConfig.parse({ ...testSite(), store });

  it("builds the platform's adapter when its secret is set, and none otherwise", () => {
    const shopify = site({ platform: "shopify", shopDomain: "acme.myshopify.com", tokenSecret: "STORE_TOKEN_ACME", webhookSecret: "STORE_TOKEN_ACME_HOOK" });
    expect(siteStore(shopify, {})).toBeNull();
    expect(siteStore(shopify, { STORE_TOKEN_ACME: "sf" })).toMatchObject({ platform: "shopify", capabilities: { singleUseCodes: false, customerHistory: false } });
    expect(siteStore(shopify, { STORE_TOKEN_ACME: "sf", STORE_TOKEN_ACME_ADMIN: "admin" })?.capabilities.singleUseCodes).toBe(false);
    const withAdmin = site({ ...shopify.store, adminTokenSecret: "STORE_TOKEN_ACME_ADMIN" });
    expect(siteStore(withAdmin, { STORE_TOKEN_ACME: "sf", STORE_TOKEN_ACME_ADMIN: "admin" })?.capabilities).toMatchObject({ singleUseCodes: true, customerHistory: true });
    const woo = site({ platform: "woocommerce", baseUrl: "https://woo.example", tokenSecret: "STORE_TOKEN_WOO", webhookSecret: "STORE_TOKEN_WOO_HOOK" });
    expect(siteStore(woo, { STORE_TOKEN_WOO: "ck:cs" })?.platform).toBe("woocommerce");
  });

  it("reads a legacy http config as cart-saver, and the demo secret under its old name", () => {
    const legacy = site({ adapter: "http", baseUrl: "https://store.example" });
    expect(legacy.store).toEqual({ platform: "cart-saver", baseUrl: "https://store.example", tokenSecret: "STORE_TOKEN_DEMO" });
    expect(siteStore(legacy, { STORE_API_TOKEN: "old" })?.platform).toBe("cart-saver");
    expect(readStoreSecret({ STORE_TOKEN_DEMO: "new", STORE_API_TOKEN: "old" }, "STORE_TOKEN_DEMO")).toBe("new");
    expect(readStoreSecret({ STORE_API_TOKEN: "old" }, "STORE_TOKEN_OTHER")).toBeUndefined();
  });

  it("allows http only to loopback and only in development", () => {
    for (const url of ["http://127.0.0.1:8788", "http://localhost:3000", "http://[::1]:9000", "http://127.5.0.1"]) {
      expect(storeUrlAllowed(url, "development"), url).toBe(true);
      expect(storeUrlAllowed(url, "production"), url).toBe(false);
    }
    for (const url of ["http://shop.example", "http://10.0.0.1", "file:///etc/passwd", "javascript:alert(1)", "not a url"]) expect(storeUrlAllowed(url, "development"), url).toBe(false);
    expect(storeUrlAllowed("https://shop.example", "production")).toBe(true);
    expect(SiteConfig.safeParse({ ...testSite(), store: { platform: "cart-saver", baseUrl: "javascript:alert(1)" } }).success).toBe(false);
  });
});
