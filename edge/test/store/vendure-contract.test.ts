import { rmSync } from "node:fs";
import { afterAll } from "vitest";
import { z } from "zod";
import { createVendureAdapter } from "../../src/store/vendure/vendure-adapter.ts";
import { VendureStore } from "../../src/store/store-config.ts";
import { adapterContract } from "./adapter-contract.ts";
import { startVendure, type VendureServer } from "./vendure/vendure-server.ts";
import { catalogIds, gql } from "./vendure/vendure-seed.ts";

const webhookSecret = "vendure-webhook-secret";
let vendure: VendureServer | null = null;
afterAll(async () => {
  await vendure?.server.destroy();
  if (vendure) rmSync(vendure.dataDir, { recursive: true, force: true });
});

adapterContract("vendure", async () => {
  vendure = await startVendure(webhookSecret);
  const { shopApiUrl, adminApiUrl, base } = vendure;
  const ids = await catalogIds(shopApiUrl);
  const sku = ids.variant;
  const adminToken = vendure.adminToken;

  const config = VendureStore.parse({
    platform: "vendure",
    shopApiUrl,
    adminApiUrl,
    checkoutUrl: `${base}/checkout`,
    tokenSecret: "STORE_TOKEN_VENDURE_ADMIN",
    webhookSecret: "STORE_TOKEN_VENDURE_HOOK",
    facts: { returnWindowDays: 30, freeReturns: true, paymentMethods: [{ name: "Card", bnpl: false }] },
  });
  return {
    adapter: createVendureAdapter({ config, adminToken }),
    async newCart(lines) {
      let token: string | null = null;
      for (const line of lines) {
        const added = await gql(shopApiUrl, `mutation A($id: ID!, $q: Int!) { addItemToOrder(productVariantId: $id, quantity: $q) { ... on Order { id } ... on ErrorResult { message } } }`, { id: line.variantId, q: line.quantity }, token);
        token = token ?? added.token;
      }
      if (!token) throw new Error("Vendure issued no session token");
      return token;
    },
    product: ids.product("trail-runner"),
    missingProduct: "T_999",
    variants: { inStock: sku("RUN-43"), soldOut: sku("RUN-425"), limited: { id: sku("RUN-42"), available: 2 } },
    carts: { small: [{ variantId: sku("TEE-M"), quantity: 1 }], big: [{ variantId: sku("TEE-M"), quantity: 2 }] },
    codes: { valid: "SAVE10", expired: "SUMMER24", ineligible: "SHOES15", unknown: "NOPE", minimum: "SAVE10" },
    shipping: { country: "DE", unsupported: "JP" },
    site: { id: "contract-vendure", store: config, vars: { STORE_TOKEN_VENDURE_ADMIN: adminToken, STORE_TOKEN_VENDURE_HOOK: webhookSecret } },
    customerEmail: "buyer@example.com",
    async placeOrder(token) {
      const before = vendure?.deliveries.length ?? 0;
      await gql(shopApiUrl, `mutation { setCustomerForOrder(input: { emailAddress: "buyer@example.com", firstName: "Ada", lastName: "Buyer" }) { ... on Order { id } ... on ErrorResult { message } } }`, {}, token);
      await gql(shopApiUrl, `mutation { setOrderShippingAddress(input: { streetLine1: "Hauptstr. 1", city: "Berlin", postalCode: "10115", countryCode: "DE" }) { ... on Order { id } } }`, {}, token);
      const methods = await gql(shopApiUrl, `query { eligibleShippingMethods { id } }`, {}, token);
      const method = z.object({ eligibleShippingMethods: z.array(z.object({ id: z.string() })) }).parse(methods.data).eligibleShippingMethods[0]?.id;
      await gql(shopApiUrl, `mutation S($id: [ID!]!) { setOrderShippingMethod(shippingMethodId: $id) { ... on Order { id } ... on ErrorResult { message } } }`, { id: [method] }, token);
      await gql(shopApiUrl, `mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { id } ... on OrderStateTransitionError { message transitionError } } }`, {}, token);
      const paid = await gql(shopApiUrl, `mutation { addPaymentToOrder(input: { method: "test-pay", metadata: {} }) { ... on Order { state } ... on ErrorResult { errorCode message } } }`, {}, token);
      for (let i = 0; i < 50 && (vendure?.deliveries.length ?? 0) <= before; i++) await new Promise((r) => setTimeout(r, 100));
      const delivery = vendure?.deliveries[before];
      if (!delivery) throw new Error(`no OrderPlacedEvent delivery: ${JSON.stringify(paid.data)}`);
      return { path: "/v1/webhooks/vendure/contract-vendure/orders", ...delivery };
    },
  };
});
