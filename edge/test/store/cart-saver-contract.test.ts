import { signStoreBody } from "../../src/analytics/verify-signature.ts";
import { adapterContract } from "./adapter-contract.ts";
import { demoStore, storeUrl, variants } from "./demo-store-fixture.ts";

let orders = 0;

adapterContract("cart-saver", () => {
  const store = demoStore();
  return {
    adapter: store.adapter,
    newCart: async (lines) => (await store.newCart(lines)).id,
    product: "trail-runner",
    variants: { inStock: "trail-runner--44", soldOut: variants.runner425, limited: { id: variants.runner42, available: 2 } },
    carts: { small: [{ variantId: variants.tee, quantity: 1 }], big: [{ variantId: variants.tee, quantity: 2 }] },
    codes: { valid: "SAVE10", expired: "SUMMER24", ineligible: "SHOES15", unknown: "NOPE", minimum: "SAVE10" },
    shipping: { country: "DE", unsupported: "JP" },
    site: { id: "contract-cart-saver", store: { platform: "cart-saver", baseUrl: storeUrl.replace("http:", "https:"), tokenSecret: "STORE_TOKEN_CONTRACT" }, vars: {} },
    async placeOrder(cartId) {
      const cart = await store.adapter.getCart(cartId);
      if (!cart.ok) throw new Error(cart.message);
      // Store API v1's order.created, signed as the demo store signs it (X-Store-Signature).
      const body = JSON.stringify({
        type: "order.created",
        orderId: `ord_contract_${++orders}`,
        cartId,
        total: cart.value.total,
        discounts: cart.value.discounts.map((d) => ({ code: d.code, amount: d.amount })),
        placedAt: new Date().toISOString(),
        attribution: null,
        currency: "EUR",
      });
      return { path: "/v1/webhooks/orders", body, headers: { "Content-Type": "application/json", "X-Store-Signature": await signStoreBody("dev-webhook-secret", body) } };
    },
  };
});
