import { rmSync } from "node:fs";
import { serve } from "@hono/node-server";
import { devDefaultSecrets } from "../../edge/src/config/edge-env.ts";
import { shopifyEmulator } from "../../edge/test/store/emulators/shopify-emulator.ts";
import { wooEmulator } from "../../edge/test/store/emulators/woocommerce-emulator.ts";
import { startVendure } from "../../edge/test/store/vendure/vendure-server.ts";
import { renameAdminSession } from "../../edge/test/store/vendure/vendure-seed.ts";
import { type Platform, storeSection } from "./platform-sites.ts";

/**
 * Each platform's shop as a local server the edge can reach: the Shopify and WooCommerce
 * emulators of the adapter contract suite over HTTP, and a real Vendure with the suite's seed.
 * Their credentials are the development values in `.dev.vars` (`STORE_TOKEN_SHOPIFY`, …), so a
 * running `wrangler dev` already holds them.
 */
export interface PlatformStore {
  platform: Platform;
  /** The shop's origin: the page the widget runs on, and where the edge reaches the platform. */
  url: string;
  /** The `store` section of a site config for this shop (secret names, never values). */
  store: Record<string, unknown>;
  stop(): Promise<void>;
}

const dev = devDefaultSecrets;

/** Serves a fetch handler on 127.0.0.1; returns its stop. */
function listen(fetch: (request: Request) => Response | Promise<Response>, port: number): () => Promise<void> {
  const server = serve({ fetch, port, hostname: "127.0.0.1" });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

export async function startPlatformStore(platform: Platform, port: number): Promise<PlatformStore> {
  const url = `http://127.0.0.1:${port}`;
  const store = storeSection(platform, url);
  switch (platform) {
    case "shopify": {
      const emulator = shopifyEmulator({ storefrontToken: dev.STORE_TOKEN_SHOPIFY, adminToken: dev.STORE_TOKEN_SHOPIFY_ADMIN, webhookSecret: dev.STORE_TOKEN_SHOPIFY_HOOK });
      return { platform, url, store, stop: listen((request) => emulator.fetch(request), port) };
    }
    case "woocommerce": {
      const [consumerKey = "", consumerSecret = ""] = dev.STORE_TOKEN_WOO.split(":");
      const emulator = wooEmulator({ consumerKey, consumerSecret, webhookSecret: dev.STORE_TOKEN_WOO_HOOK });
      return { platform, url, store, stop: listen((request) => emulator.fetch(request), port) };
    }
    case "vendure": {
      const vendure = await startVendure(dev.STORE_TOKEN_VENDURE_HOOK, { port });
      await renameAdminSession(vendure.server, vendure.adminToken, dev.STORE_TOKEN_VENDURE_ADMIN);
      const stop = async () => {
        await vendure.server.destroy();
        rmSync(vendure.dataDir, { recursive: true, force: true });
      };
      return { platform, url, store, stop };
    }
  }
}

