import { z } from "zod";

/** Names of worker secrets holding store credentials (never the credentials themselves). */
export const SecretName = z.string().regex(/^STORE_TOKEN_[A-Z0-9_]+$/, "a worker secret name matching STORE_TOKEN_[A-Z0-9_]+");

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** True for http(s) hosts on this machine: localhost, 127.0.0.0/8, [::1]. */
export function isLoopback(url: URL): boolean {
  return loopbackHosts.has(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
}

/** https anywhere; http only to loopback (allowed at run time only in development, see storeUrlAllowed). */
const StoreUrl = z.url({ protocol: /^https?$/ }).refine((text) => {
  const url = new URL(text);
  return url.protocol === "https:" || isLoopback(url);
}, "must be https (http only to localhost / 127.0.0.1 / [::1])");

/** A shop domain ("acme.myshopify.com") or an origin ("https://…", loopback http for tests); stored as an origin. */
const ShopOrigin = z
  .string()
  .trim()
  .transform((text) => (/^[a-z]+:/i.test(text) ? text : `https://${text}`))
  .pipe(StoreUrl)
  .transform((text) => new URL(text).origin);

/** Facts the merchant states where the platform has only policy text. The platform's own data wins. */
export const PolicyFacts = z.object({
  returnWindowDays: z.number().int().nonnegative().optional(),
  freeReturns: z.boolean().optional(),
  paymentMethods: z.array(z.object({ name: z.string().min(1).max(80), bnpl: z.boolean().default(false) })).optional(),
  /** Free shipping from this merchandise subtotal (minor units, store currency). */
  freeShippingOver: z.number().int().positive().optional(),
  supportEmail: z.email().optional(),
  /** Delivery time in business days, where the platform's rates do not state it. */
  deliveryDays: z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }).optional(),
});
export type PolicyFacts = z.infer<typeof PolicyFacts>;

export const CartSaverStore = z.object({
  platform: z.literal("cart-saver"),
  baseUrl: StoreUrl,
  /** Store API v1 bearer token. */
  tokenSecret: SecretName.default("STORE_TOKEN_DEMO"),
});

export const ShopifyStore = z.object({
  platform: z.literal("shopify"),
  shopDomain: ShopOrigin,
  apiVersion: z.string().regex(/^\d{4}-\d{2}$/, "YYYY-MM").default("2026-04"),
  /** Storefront API private access token (Headless channel or custom app). */
  tokenSecret: SecretName,
  /** Admin API access token with write_discounts and read_orders; without it no single-use codes or order history. */
  adminTokenSecret: SecretName.optional(),
  /** The app's client secret: X-Shopify-Hmac-Sha256 of order webhooks. */
  webhookSecret: SecretName,
  facts: PolicyFacts.default({}),
});

export const WooCommerceStore = z.object({
  platform: z.literal("woocommerce"),
  baseUrl: StoreUrl,
  /** `consumer_key:consumer_secret` of a REST API v3 key (read/write): exact stock, single-use coupons, orders. */
  tokenSecret: SecretName,
  /** The secret set on the order.created webhook (X-WC-Webhook-Signature). */
  webhookSecret: SecretName,
  facts: PolicyFacts.default({}),
});

export const VendureStore = z.object({
  platform: z.literal("vendure"),
  shopApiUrl: StoreUrl,
  adminApiUrl: StoreUrl,
  /** The storefront's checkout page (Vendure has no storefront of its own). */
  checkoutUrl: StoreUrl,
  channelToken: z.string().min(1).max(120).optional(),
  /** An API administrator's bearer token: promotions (why a code did not apply) and customers' orders. */
  tokenSecret: SecretName,
  /** The secret the order webhook plugin signs with (X-Vendure-Signature). */
  webhookSecret: SecretName,
  facts: PolicyFacts.default({}),
});

const legacyHttp = z.looseObject({ adapter: z.literal("http"), tokenSecret: z.string().optional() });

/** Configs stored before platforms existed (`adapter: "http"`) read as the cart-saver platform. */
function upgradeLegacy(value: unknown): unknown {
  const legacy = legacyHttp.safeParse(value);
  if (!legacy.success) return value;
  const { adapter: _adapter, tokenSecret, ...rest } = legacy.data;
  // The old default secret name is now STORE_TOKEN_DEMO (read with a fallback, see site-store.ts).
  const secret = tokenSecret === undefined || tokenSecret === "STORE_API_TOKEN" ? "STORE_TOKEN_DEMO" : tokenSecret;
  return { ...rest, platform: "cart-saver", tokenSecret: secret };
}

export const StoreConfig = z.preprocess(
  upgradeLegacy,
  z.discriminatedUnion("platform", [CartSaverStore, ShopifyStore, WooCommerceStore, VendureStore]),
);
export type StoreConfig = z.infer<typeof StoreConfig>;

/** The store's URL fields, by name, for checks and error paths. */
export function storeUrls(store: StoreConfig): { field: string; url: string }[] {
  switch (store.platform) {
    case "cart-saver":
    case "woocommerce":
      return [{ field: "baseUrl", url: store.baseUrl }];
    case "shopify":
      return [{ field: "shopDomain", url: store.shopDomain }];
    case "vendure":
      return [
        { field: "shopApiUrl", url: store.shopApiUrl },
        { field: "adminApiUrl", url: store.adminApiUrl },
        { field: "checkoutUrl", url: store.checkoutUrl },
      ];
  }
}

/** https always; http to loopback only when the worker runs in development. */
export function storeUrlAllowed(url: string, environment: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === "https:") return true;
  return parsed.protocol === "http:" && isLoopback(parsed) && environment === "development";
}

/** The store's own origin (relative product image paths resolve against it). */
export function storeOrigin(store: StoreConfig): string {
  if (store.platform === "shopify") return store.shopDomain;
  return new URL(store.platform === "vendure" ? store.checkoutUrl : store.baseUrl).origin;
}
