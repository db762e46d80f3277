import { z } from "zod";
import type { Platform } from "./platform-sites.ts";

/**
 * A shopper's cart made on the platform the way its storefront makes one, and the id its page
 * passes with `CartSaver("identify", { cartId })` (docs/platforms.md): Shopify's cart token
 * ("<token>?key=<key>", from the Storefront API's `cartCreate`), WooCommerce's Cart-Token (Store
 * API), Vendure's session token (the Shop API's `vendure-auth-token`). It holds one Trail Runner
 * in size 42 from the contract suite's catalogue.
 */
export async function createPlatformCart(platform: Platform, url: string, storefrontToken: string): Promise<string> {
  switch (platform) {
    case "shopify":
      return shopifyCart(url, storefrontToken);
    case "woocommerce":
      return wooCart(url);
    case "vendure":
      return vendureCart(url);
  }
}

async function graphql(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  const body = z.object({ data: z.unknown(), errors: z.array(z.object({ message: z.string() })).optional() }).parse(await res.json());
  if (!res.ok || body.errors?.length) throw new Error(`${url}: ${res.status} ${body.errors?.map((e) => e.message).join("; ") ?? ""}`);
  return { data: body.data, headers: res.headers };
}

async function shopifyCart(url: string, token: string): Promise<string> {
  const { data } = await graphql(
    `${url}/api/2026-04/graphql.json`,
    { "Shopify-Storefront-Private-Token": token },
    `mutation CartCreate($input: CartInput!) { cartCreate(input: $input) { cart { id } userErrors { message } } }`,
    { input: { lines: [{ merchandiseId: "gid://shopify/ProductVariant/21", quantity: 1 }] } },
  );
  const created = z.object({ cartCreate: z.object({ cart: z.object({ id: z.string() }).nullable(), userErrors: z.array(z.object({ message: z.string() })) }) }).parse(data).cartCreate;
  if (!created.cart) throw new Error(`cartCreate: ${created.userErrors.map((e) => e.message).join("; ")}`);
  // What /cart.js calls `token`: the Cart gid without its prefix.
  return created.cart.id.replace("gid://shopify/Cart/", "");
}

async function wooCart(url: string): Promise<string> {
  const res = await fetch(`${url}/wp-json/wc/store/v1/cart/add-item`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: 21, quantity: 1 }) });
  const token = res.headers.get("Cart-Token");
  if (!res.ok || !token) throw new Error(`add-item: ${res.status} ${await res.text()}`);
  return token;
}

async function vendureCart(url: string): Promise<string> {
  const shopApi = `${url}/shop-api`;
  const { data } = await graphql(shopApi, {}, `query { product(slug: "trail-runner") { variants { id sku } } }`);
  const variants = z.object({ product: z.object({ variants: z.array(z.object({ id: z.string(), sku: z.string() })) }) }).parse(data).product.variants;
  const added = await graphql(
    shopApi,
    {},
    `mutation Add($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { ... on Order { id } ... on ErrorResult { message } } }`,
    { id: variants.find((v) => v.sku === "RUN-42")?.id },
  );
  const token = added.headers.get("vendure-auth-token");
  if (!token) throw new Error("Vendure issued no session token");
  return token;
}
