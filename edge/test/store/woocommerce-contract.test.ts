import { describe, expect, it } from "vitest";
import { createWooCommerceAdapter } from "../../src/store/woocommerce/woocommerce-adapter.ts";
import { WooCommerceStore } from "../../src/store/store-config.ts";
import { adapterContract } from "./adapter-contract.ts";
import { wooEmulator } from "./emulators/woocommerce-emulator.ts";

const keys = { consumerKey: "ck_contract", consumerSecret: "cs_contract", webhookSecret: "woo-webhook-secret" };
const emulator = wooEmulator(keys);
const config = WooCommerceStore.parse({
  platform: "woocommerce",
  baseUrl: "https://woo.example",
  tokenSecret: "STORE_TOKEN_WOO",
  webhookSecret: "STORE_TOKEN_WOO_HOOK",
  // WooCommerce has no policy API: the merchant states the return window; the FR rate names no days.
  facts: { returnWindowDays: 14, freeReturns: false, deliveryDays: { min: 4, max: 7 }, paymentMethods: [{ name: "Klarna", bnpl: true }] },
});
const credentials = `${keys.consumerKey}:${keys.consumerSecret}`;
let orderId = 7000;

adapterContract("woocommerce", () => ({
  adapter: createWooCommerceAdapter({ config, credentials, fetch: emulator.fetch }),
  newCart: (lines) => emulator.newCart(lines),
  product: "20",
  variants: { inStock: "23", soldOut: "22", limited: { id: "21", available: 2 } },
  carts: { small: [{ variantId: "12", quantity: 1 }], big: [{ variantId: "12", quantity: 2 }] },
  codes: { valid: "SAVE10", expired: "SUMMER24", ineligible: "SHOES15", unknown: "NOPE", minimum: "SAVE10" },
  shipping: { country: "DE", unsupported: "JP" },
  site: { id: "contract-woo", store: config, vars: { STORE_TOKEN_WOO: credentials, STORE_TOKEN_WOO_HOOK: keys.webhookSecret } },
  async placeOrder(cartId) {
    return { path: "/v1/webhooks/woocommerce/contract-woo/orders", ...(await emulator.placeOrder(cartId, ++orderId)) };
  },
}));

describe("WooCommerce specifics", () => {
  const adapter = createWooCommerceAdapter({ config, credentials, fetch: emulator.fetch });

  it("edits lines by key, swaps a variation, and names the countries it ships to", async () => {
    const token = await emulator.newCart([{ variantId: "11", quantity: 1 }]);
    const cart = await adapter.getCart(token);
    const line = cart.ok ? cart.value.lines[0] : undefined;
    if (!line) throw new Error("no line");
    expect(line).toMatchObject({ variantId: "11", productId: "10", options: { size: "S" } });
    const swapped = await adapter.updateLine(token, line.id, { variantId: "12", quantity: 2 });
    expect(swapped).toMatchObject({ ok: true, value: { lines: [{ variantId: "12", quantity: 2 }] } });
    expect(await adapter.updateLine(token, "no-such-key", { quantity: 1 })).toMatchObject({ ok: false, storeCode: "woocommerce_rest_cart_invalid_key", status: 409 });
    expect(await adapter.getShippingRates({ cartId: token, country: "JP" })).toMatchObject({ ok: false, code: "country_not_supported", supported: ["DE", "AT", "FR"] });
    const fr = await adapter.getShippingRates({ cartId: token, country: "FR" });
    expect(fr).toMatchObject({ ok: true, value: [{ name: "International", minDays: 4, maxDays: 7, price: { amount: 1200 } }] });
    const policies = await adapter.getPolicies();
    expect(policies.ok && policies.value.payments.map((p) => p.name)).toEqual(["PayPal", "Direct bank transfer", "Klarna"]);
  });

  it("refuses a wrong REST key without pretending the coupon is unknown", async () => {
    const wrong = createWooCommerceAdapter({ config, credentials: "ck_x:cs_y", fetch: emulator.fetch });
    expect(await wrong.getCustomer("vip@example.com")).toMatchObject({ ok: false, status: 401, storeCode: "woocommerce_rest_cannot_view" });
  });
});
