import type { Hono } from "hono";
import { createStoreApp, type StoreOptions } from "../../src/app.ts";
import { Cart } from "../../src/domain/cart.ts";

export const TOKEN = "test-store-token";
export const SECRET = "test-webhook-secret";
export const PUBLIC_URL = "http://store.test";
export const EDGE_URL = "http://edge.test:8787";

export function testStore(options: Partial<StoreOptions> = {}): Hono {
  return createStoreApp({
    apiToken: TOKEN,
    webhookSecret: SECRET,
    webhookUrls: [],
    publicUrl: PUBLIC_URL,
    edgeUrl: EDGE_URL,
    siteId: "demo",
    ...options,
  });
}

/** A Store API call with the bearer token; `body` may be a raw string to send malformed JSON. */
export function api(app: Hono, method: string, path: string, body?: unknown, token = TOKEN) {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  return app.request(`/api${path}`, init);
}

export async function errorOf(res: Response) {
  const json: unknown = await res.json();
  const { z } = await import("zod");
  return z.object({ error: z.looseObject({ code: z.string(), message: z.string() }) }).parse(json).error;
}

export async function newCart(app: Hono, lines: { variantId: string; quantity: number }[], customer?: object): Promise<Cart> {
  const res = await api(app, "POST", "/carts", { lines, ...(customer ? { customer } : {}) });
  if (res.status !== 201) throw new Error(`cart creation failed: ${res.status} ${await res.text()}`);
  return Cart.parse(await res.json());
}

export const cartOf = async (res: Response) => Cart.parse(await res.json());
