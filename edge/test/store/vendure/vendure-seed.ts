import { TransactionalConnection } from "@vendure/core";
import type { TestServer } from "@vendure/testing";
import { z } from "zod";

const Gql = z.object({ data: z.record(z.string(), z.unknown()).nullish(), errors: z.array(z.object({ message: z.string() })).optional() });

/** A GraphQL call as a storefront or an admin makes it; answers the data and the session token header. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token: string | null = null) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = Gql.parse(await res.json());
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}: ${body.errors.map((e) => e.message).join("; ")}`);
  return { data: body.data ?? {}, token: res.headers.get("vendure-auth-token") };
}

const Items = z.object({ products: z.object({ items: z.array(z.object({ id: z.string(), slug: z.string(), variants: z.array(z.object({ id: z.string(), sku: z.string() })) })) }) });

/** The seeded catalogue's ids (Vendure assigns them): products by slug, variants by SKU. */
export async function catalogIds(shopApiUrl: string) {
  const items = Items.parse((await gql(shopApiUrl, `query { products { items { id slug variants { id sku } } } }`)).data).products.items;
  return {
    product: (slug: string) => items.find((p) => p.slug === slug)?.id ?? "",
    variant: (sku: string) => items.flatMap((p) => p.variants).find((v) => v.sku === sku)?.id ?? "",
    variantsOf: (slug: string) => items.find((p) => p.slug === slug)?.variants.map((v) => v.id) ?? [],
  };
}

const promotion = `mutation P($input: CreatePromotionInput!) { createPromotion(input: $input) { ... on Promotion { id } ... on ErrorResult { message } } }`;
const op = (code: string, args: Record<string, string>) => ({ code, arguments: Object.entries(args).map(([name, value]) => ({ name, value })) });
const percent = (discount: number) => [op("order_percentage_discount", { discount: String(discount) })];
const en = (name: string) => [{ languageCode: "en", name }];

/**
 * Logs in as the superadmin and creates the coupon promotions: valid with a minimum order
 * (SAVE10), expired (SUMMER24), used up (VIP20), shoes only (SHOES15). Returns the admin token.
 */
export async function seedPromotions(adminApiUrl: string, shopApiUrl: string): Promise<string> {
  const login = await gql(adminApiUrl, `mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }`);
  const adminToken = login.token ?? "";
  const shoes = (await catalogIds(shopApiUrl)).variantsOf("trail-runner");
  for (const input of [
    { enabled: true, couponCode: "SAVE10", conditions: [op("minimum_order_amount", { amount: "5000", taxInclusive: "true" })], actions: percent(10), translations: en("10% off from 50") },
    { enabled: true, couponCode: "SUMMER24", endsAt: "2024-09-01T00:00:00.000Z", conditions: [], actions: percent(20), translations: en("Summer 2024") },
    { enabled: true, couponCode: "VIP20", usageLimit: 1, conditions: [], actions: percent(20), translations: en("VIP, once") },
    { enabled: true, couponCode: "SHOES15", conditions: [op("contains_products", { minimum: "1", productVariantIds: JSON.stringify(shoes) })], actions: percent(15), translations: en("15% on shoes") },
  ]) {
    await gql(adminApiUrl, promotion, { input }, adminToken);
  }
  return adminToken;
}

/**
 * Gives the admin session a token chosen in advance, so a long-running edge (`.dev.vars`) can
 * name it before this Vendure boots. Vendure looks an unknown token up in its session table.
 */
export async function renameAdminSession(server: TestServer, token: string, to: string): Promise<void> {
  await server.app.get(TransactionalConnection).rawConnection.query("UPDATE session SET token = ? WHERE token = ?", [to, token]);
}
