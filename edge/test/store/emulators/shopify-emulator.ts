import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildClientSchema, execute, type GraphQLSchema, parse, validate } from "graphql";
import { z } from "zod";
import { signBase64Hmac } from "../../../src/store/webhook-hmac.ts";
import { shopifyAdmin } from "./shopify-admin-emulator.ts";
import { type EmuCart, findVariant, seedShop } from "./shopify-state.ts";
import { storefrontRoot } from "./shopify-storefront.ts";

let schema: GraphQLSchema | null = null;

/** The Storefront schema Shopify ships in @shopify/hydrogen-react (introspection JSON). */
export function storefrontSchema(): GraphQLSchema {
  if (schema) return schema;
  const path = createRequire(import.meta.url).resolve("@shopify/hydrogen-react/storefront.schema.json");
  schema = buildClientSchema(JSON.parse(readFileSync(path, "utf8")));
  return schema;
}

const GraphqlBody = z.object({ query: z.string(), variables: z.record(z.string(), z.unknown()).nullish() });

/**
 * A Shopify shop speaking the Storefront API (POST /api/:version/graphql.json, private token) and
 * the Admin API (POST /admin/api/:version/graphql.json). Every Storefront operation is validated
 * against the shipped schema and executed by graphql-js over that schema, so an unknown field or
 * a wrong type fails exactly as Shopify fails it; `invalid` collects such operations.
 */
export function shopifyEmulator(options: { storefrontToken: string; adminToken: string; webhookSecret: string }) {
  const shop = seedShop();
  const root = storefrontRoot(shop);
  const admin = shopifyAdmin(shop);
  const invalid: { query: string; errors: string[] }[] = [];
  const operations: string[] = [];
  let seq = 0;

  async function graphql(request: Request, rootValue: object, validateSchema = true) {
    const body = GraphqlBody.safeParse(await request.json().catch(() => null));
    if (!body.success) return Response.json({ errors: [{ message: "Bad request" }] }, { status: 400 });
    let document: ReturnType<typeof parse>;
    try {
      document = parse(body.data.query);
    } catch (error) {
      invalid.push({ query: body.data.query, errors: [String(error)] });
      return Response.json({ errors: [{ message: String(error) }] });
    }
    const errors = validateSchema ? validate(storefrontSchema(), document) : [];
    if (errors.length > 0) {
      invalid.push({ query: body.data.query, errors: errors.map((e) => e.message) });
      return Response.json({ errors: errors.map((e) => ({ message: e.message })) });
    }
    const result = await execute({ schema: storefrontSchema(), document, rootValue, variableValues: body.data.variables ?? {} });
    if (result.errors?.length) invalid.push({ query: body.data.query, errors: result.errors.map((e) => e.message) });
    return Response.json(result);
  }

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method === "POST" && /^\/api\/\d{4}-\d{2}\/graphql\.json$/.test(url.pathname)) {
      if (request.headers.get("Shopify-Storefront-Private-Token") !== options.storefrontToken) return Response.json({ errors: "Unauthorized" }, { status: 401 });
      const clone = request.clone();
      const name = /(?:query|mutation)\s+(\w+)/.exec(z.object({ query: z.string() }).parse(await clone.json()).query)?.[1];
      if (name) operations.push(name);
      return graphql(request, root);
    }
    if (request.method === "POST" && /^\/admin\/api\/\d{4}-\d{2}\/graphql\.json$/.test(url.pathname)) {
      if (request.headers.get("X-Shopify-Access-Token") !== options.adminToken) return Response.json({ errors: "[API] Invalid API key or access token" }, { status: 401 });
      return admin.handle(request);
    }
    return new Response("Not Found", { status: 404 });
  };

  return {
    fetch,
    shop,
    invalid,
    operations,
    /** A cart as the theme's /cart.js would create it; returns the token the page passes ("<token>?key=<key>"). */
    newCart(lines: { variantId: string; quantity: number }[], email: string | null = null): string {
      const token = `c1-emu${++seq}`;
      const key = `k${seq}secret`;
      const cart: EmuCart = { token, key, lines: [], codes: [], email, phone: null, countryCode: null, address: null, updatedAt: new Date().toISOString() };
      for (const line of lines) {
        if (!findVariant(shop, line.variantId)) throw new Error(`unknown variant ${line.variantId}`);
        cart.lines.push({ id: `gid://shopify/CartLine/${seq}${cart.lines.length}`, ...line });
      }
      shop.carts.set(token, cart);
      return `${token}?key=${key}`;
    },
    /** Checks the cart out and returns Shopify's signed `orders/create` delivery for it. */
    async placeOrder(cartId: string, orderNumber: number) {
      const token = cartId.split("?key=")[0] ?? "";
      const cart = shop.carts.get(token);
      if (!cart) throw new Error(`no cart ${token}`);
      const subtotal = cart.lines.reduce((sum, l) => sum + (findVariant(shop, l.variantId)?.variant.price ?? 0) * l.quantity, 0);
      // Shopify counts a code's use when the order is placed.
      const codes = cart.codes.filter((code) => root.cart({ id: `gid://shopify/Cart/${token}?key=${cart.key}` })?.discountCodes.some((d) => d.code === code && d.applicable));
      for (const code of codes) {
        const discount = shop.discounts.find((d) => d.code.toUpperCase() === code.toUpperCase());
        if (discount) discount.used += 1;
      }
      shop.carts.delete(token);
      const body = JSON.stringify({
        id: 5_000_000 + orderNumber,
        admin_graphql_api_id: `gid://shopify/Order/${5_000_000 + orderNumber}`,
        name: `#${orderNumber}`,
        cart_token: token,
        checkout_token: `chk${orderNumber}`,
        currency: "EUR",
        total_price: (subtotal / 100).toFixed(2),
        subtotal_price: (subtotal / 100).toFixed(2),
        created_at: new Date().toISOString(),
        discount_codes: codes.map((code) => ({ code, amount: "0.00", type: "percentage" })),
        line_items: cart.lines.map((l) => ({ variant_id: Number(l.variantId.split("/").pop()), quantity: l.quantity })),
      });
      const headers = {
        "Content-Type": "application/json",
        "X-Shopify-Topic": "orders/create",
        "X-Shopify-Shop-Domain": "acme.myshopify.com",
        "X-Shopify-Hmac-Sha256": await signBase64Hmac(options.webhookSecret, body),
      };
      return { body, headers };
    },
  };
}
