import { afterAll } from "vitest";
import { z } from "zod";
import { createVendureAdapter } from "../../src/store/vendure/vendure-adapter.ts";
import { VendureStore } from "../../src/store/store-config.ts";
import { adapterContract } from "./adapter-contract.ts";
import { startVendure, type VendureServer } from "./vendure/vendure-server.ts";

const webhookSecret = "vendure-webhook-secret";
let vendure: VendureServer | null = null;
afterAll(async () => {
  await vendure?.server.destroy();
});

const Gql = z.object({ data: z.record(z.string(), z.unknown()).nullish(), errors: z.array(z.object({ message: z.string() })).optional() });

/** A GraphQL call as a storefront or an admin makes it; answers the data and the session token header. */
async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token: string | null = null) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = Gql.parse(await res.json());
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}: ${body.errors.map((e) => e.message).join("; ")}`);
  return { data: body.data ?? {}, token: res.headers.get("vendure-auth-token") };
}

const promotion = `mutation P($input: CreatePromotionInput!) { createPromotion(input: $input) { ... on Promotion { id } ... on ErrorResult { message } } }`;
const op = (code: string, args: Record<string, string>) => ({ code, arguments: Object.entries(args).map(([name, value]) => ({ name, value })) });
const percent = (discount: number) => [op("order_percentage_discount", { discount: String(discount) })];

adapterContract("vendure", async () => {
  vendure = await startVendure(webhookSecret);
  const { shopApiUrl, adminApiUrl, base } = vendure;
  const login = await gql(adminApiUrl, `mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }`);
  const adminToken = login.token ?? "";
  const products = await gql(shopApiUrl, `query { products { items { id slug variants { id sku } } } }`);
  const Items = z.object({ products: z.object({ items: z.array(z.object({ id: z.string(), slug: z.string(), variants: z.array(z.object({ id: z.string(), sku: z.string() })) })) }) });
  const items = Items.parse(products.data).products.items;
  const sku = (s: string) => items.flatMap((p) => p.variants).find((v) => v.sku === s)?.id ?? "";
  const shoes = items.find((p) => p.slug === "trail-runner")?.variants.map((v) => v.id) ?? [];
  const en = (name: string) => [{ languageCode: "en", name }];
  for (const input of [
    { enabled: true, couponCode: "SAVE10", conditions: [op("minimum_order_amount", { amount: "5000", taxInclusive: "true" })], actions: percent(10), translations: en("10% off from 50") },
    { enabled: true, couponCode: "SUMMER24", endsAt: "2024-09-01T00:00:00.000Z", conditions: [], actions: percent(20), translations: en("Summer 2024") },
    { enabled: true, couponCode: "VIP20", usageLimit: 1, conditions: [], actions: percent(20), translations: en("VIP, once") },
    { enabled: true, couponCode: "SHOES15", conditions: [op("contains_products", { minimum: "1", productVariantIds: JSON.stringify(shoes) })], actions: percent(15), translations: en("15% on shoes") },
  ]) {
    await gql(adminApiUrl, promotion, { input }, adminToken);
  }

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
    product: items.find((p) => p.slug === "trail-runner")?.id ?? "",
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
