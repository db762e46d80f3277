import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { StoreOptions } from "./app.ts";

/** Reads the store's environment (README "Configuration") into StoreOptions plus the listen address. */
const defaultDataDir = fileURLToPath(new URL("../data", import.meta.url));

const Env = z.object({
  STORE_PORT: z.coerce.number().int().min(0).max(65535).default(8788),
  STORE_HOST: z.string().default("127.0.0.1"),
  STORE_DATA_DIR: z.string().default(defaultDataDir),
  STORE_API_TOKEN: z.string().min(1).default("dev-store-token"),
  STORE_WEBHOOK_SECRET: z.string().min(1).default("dev-webhook-secret"),
  STORE_WEBHOOK_URLS: z.string().optional(),
  STORE_PUBLIC_URL: z.url().optional(),
  EDGE_URL: z.url().default("http://127.0.0.1:8787"),
  CART_SAVER_SITE: z.string().default("demo"),
});

export function readStoreEnv(env: NodeJS.ProcessEnv): { port: number; host: string; options: StoreOptions } {
  const e = Env.parse(env);
  const edgeUrl = e.EDGE_URL.replace(/\/$/, "");
  const webhookUrls = (e.STORE_WEBHOOK_URLS ?? `${edgeUrl}/v1/webhooks/orders`)
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
  return {
    port: e.STORE_PORT,
    host: e.STORE_HOST,
    options: {
      dataDir: e.STORE_DATA_DIR,
      apiToken: e.STORE_API_TOKEN,
      webhookSecret: e.STORE_WEBHOOK_SECRET,
      webhookUrls,
      publicUrl: e.STORE_PUBLIC_URL ?? `http://${e.STORE_HOST}:${e.STORE_PORT}`,
      edgeUrl,
      siteId: e.CART_SAVER_SITE,
    },
  };
}
