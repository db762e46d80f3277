import type { SiteConfig } from "../config/site-config.ts";
import { readVar } from "../config/edge-env.ts";
import { createHttpStoreAdapter } from "./http-store-adapter.ts";
import { createShopifyAdapter } from "./shopify/shopify-adapter.ts";
import type { StoreAdapter } from "./store-adapter.ts";
import { createVendureAdapter } from "./vendure/vendure-adapter.ts";
import { createWooCommerceAdapter } from "./woocommerce/woocommerce-adapter.ts";

const adapters = new Map<string, StoreAdapter>();

/**
 * A store secret by name. The demo's secret was called STORE_API_TOKEN before names had to start
 * with STORE_TOKEN_; until every launcher sets STORE_TOKEN_DEMO the old name is read too.
 */
export function readStoreSecret(env: object, name: string): string | undefined {
  return readVar(env, name) ?? (name === "STORE_TOKEN_DEMO" ? readVar(env, "STORE_API_TOKEN") : undefined);
}

function build(site: SiteConfig, env: object, token: string): StoreAdapter {
  const store = site.store;
  switch (store.platform) {
    case "cart-saver":
      return createHttpStoreAdapter({ baseUrl: store.baseUrl, token });
    case "shopify": {
      const adminToken = store.adminTokenSecret ? readStoreSecret(env, store.adminTokenSecret) : undefined;
      return createShopifyAdapter({ config: store, storefrontToken: token, ...(adminToken ? { adminToken } : {}) });
    }
    case "woocommerce":
      return createWooCommerceAdapter({ config: store, credentials: token });
    case "vendure":
      return createVendureAdapter({ config: store, adminToken: token });
  }
}

/**
 * The store adapter for a site, or null when the worker secret its config names is not set.
 * One adapter per site config and token per isolate, so caches (policies) serve every turn.
 */
export function siteStore(site: SiteConfig, env: object): StoreAdapter | null {
  const token = readStoreSecret(env, site.store.tokenSecret);
  if (token === undefined) return null;
  const key = `${JSON.stringify(site.store)}\n${token}`;
  let adapter = adapters.get(key);
  if (adapter === undefined) {
    adapter = build(site, env, token);
    adapters.set(key, adapter);
  }
  return adapter;
}
