import type { SiteConfig } from "../config/site-config.ts";
import { readVar } from "../config/edge-env.ts";
import { createHttpStoreAdapter } from "./http-store-adapter.ts";
import type { StoreAdapter } from "./store-adapter.ts";

const adapters = new Map<string, StoreAdapter>();

/**
 * The Store API client for a site, or null when the worker secret its config names is not set.
 * One adapter per store and token per isolate, so its policies cache serves every turn.
 */
export function siteStore(site: SiteConfig, env: object): StoreAdapter | null {
  const token = readVar(env, site.store.tokenSecret);
  if (token === undefined) return null;
  const key = `${site.store.baseUrl}\n${token}`;
  let adapter = adapters.get(key);
  if (adapter === undefined) {
    adapter = createHttpStoreAdapter({ baseUrl: site.store.baseUrl, token });
    adapters.set(key, adapter);
  }
  return adapter;
}
