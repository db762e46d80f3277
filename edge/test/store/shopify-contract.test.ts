import { parse, validate } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { createShopifyAdapter } from "../../src/store/shopify/shopify-adapter.ts";
import { storefrontDocument, storefrontOperations } from "../../src/store/shopify/storefront-operations.ts";
import { ShopifyStore } from "../../src/store/store-config.ts";
import { adapterContract } from "./adapter-contract.ts";
import { shopifyEmulator, storefrontSchema } from "./emulators/shopify-emulator.ts";

const tokens = { storefrontToken: "sf-private-token", adminToken: "shpat_admin", webhookSecret: "shopify-client-secret" };
const emulator = shopifyEmulator(tokens);
const config = ShopifyStore.parse({
  platform: "shopify",
  shopDomain: "acme.myshopify.com",
  tokenSecret: "STORE_TOKEN_ACME",
  adminTokenSecret: "STORE_TOKEN_ACME_ADMIN",
  webhookSecret: "STORE_TOKEN_ACME_HOOK",
  // Shopify's refund policy is text: the merchant states the window; FR's rate names no days.
  facts: { returnWindowDays: 30, freeReturns: true, deliveryDays: { min: 3, max: 6 }, freeShippingOver: 6000 },
});
let orderNumber = 1000;

adapterContract("shopify", () => ({
  adapter: createShopifyAdapter({ config, storefrontToken: tokens.storefrontToken, adminToken: tokens.adminToken, fetch: emulator.fetch }),
  newCart: async (lines) => emulator.newCart(lines),
  product: "gid://shopify/Product/2",
  variants: { inStock: "gid://shopify/ProductVariant/23", soldOut: "gid://shopify/ProductVariant/22", limited: { id: "gid://shopify/ProductVariant/21", available: 2 } },
  carts: { small: [{ variantId: "gid://shopify/ProductVariant/12", quantity: 1 }], big: [{ variantId: "gid://shopify/ProductVariant/12", quantity: 2 }] },
  codes: { valid: "SAVE10", expired: "SUMMER24", ineligible: "SHOES15", unknown: "NOPE", minimum: "SAVE10" },
  shipping: { country: "DE", unsupported: "JP" },
  site: {
    id: "contract-shopify",
    store: config,
    vars: { STORE_TOKEN_ACME: tokens.storefrontToken, STORE_TOKEN_ACME_ADMIN: tokens.adminToken, STORE_TOKEN_ACME_HOOK: tokens.webhookSecret },
  },
  async placeOrder(cartId) {
    const delivery = await emulator.placeOrder(cartId, ++orderNumber);
    return { path: "/v1/webhooks/shopify/contract-shopify/orders", ...delivery };
  },
}));

describe("Shopify operations against the shipped Storefront schema", () => {
  it("validates every operation the adapter defines, and fails an unknown field", () => {
    for (const name of Object.keys(storefrontOperations) as (keyof typeof storefrontOperations)[]) {
      expect(validate(storefrontSchema(), parse(storefrontDocument(name))).map((e) => e.message), name).toEqual([]);
    }
    const unknown = validate(storefrontSchema(), parse("query { cart(id: \"x\") { id shippingEstimate } }"));
    expect(unknown.map((e) => e.message)).toEqual([expect.stringContaining('Cannot query field "shippingEstimate"')]);
  });

  it("edits lines, sets the buyer and searches by product type through the Storefront API", async () => {
    const adapter = createShopifyAdapter({ config, storefrontToken: tokens.storefrontToken, fetch: emulator.fetch });
    expect(adapter.capabilities).toMatchObject({ singleUseCodes: false, customerHistory: false });
    expect(adapter.createSingleUseCode).toBeUndefined();
    const cartId = emulator.newCart([{ variantId: "gid://shopify/ProductVariant/11", quantity: 1 }]);
    const cart = await adapter.getCart(cartId);
    const line = cart.ok ? cart.value.lines[0] : undefined;
    if (!line) throw new Error("no line");
    const swapped = await adapter.updateLine(cartId, line.id, { variantId: "gid://shopify/ProductVariant/12", quantity: 2 });
    expect(swapped).toMatchObject({ ok: true, value: { lines: [{ variantId: "gid://shopify/ProductVariant/12", quantity: 2, options: { size: "M", color: "White" } }] } });
    expect(await adapter.updateLine(cartId, line.id, { quantity: 9 })).toMatchObject({ ok: false, code: "out_of_stock", available: 8 });
    const buyer = await adapter.updateCustomer(cartId, { email: "a@example.com", country: "at" });
    expect(buyer).toMatchObject({ ok: true, value: { customer: { email: "a@example.com", country: "AT" } } });
    const removed = await adapter.removeLine(cartId, line.id);
    expect(removed.ok && removed.value.lines).toEqual([]);
    const shoes = await adapter.searchProducts({ category: "Shoes" });
    expect(shoes.ok && shoes.value.map((p) => p.title)).toEqual(["Trail Runner"]);
    const fr = await adapter.getShippingRates({ cartId, country: "FR" });
    expect(fr).toMatchObject({ ok: true, value: [{ name: "International", minDays: 3, maxDays: 6 }] });
    expect(await adapter.getCustomer("vip@example.com")).toMatchObject({ ok: false, code: "unsupported" });
  });

  afterAll(() => {
    // Every operation the adapter defines was sent, and each validated and executed against the schema.
    expect(emulator.invalid).toEqual([]);
    const sent = new Set(emulator.operations);
    const defined = Object.values(storefrontOperations).map((text) => /(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? "");
    console.log(`[adapter-contract] shopify      schema           ${defined.filter((n) => sent.has(n)).length} of ${defined.length} Storefront operations sent, all valid against storefront.schema.json`);
    expect(defined.filter((name) => !sent.has(name))).toEqual([]);
  });
});
