import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { apiRoutes } from "./api/api-routes.ts";
import { StoreRepository } from "./data/store-repository.ts";
import { orderCreatedEvent } from "./services/place-order.ts";
import type { StoreDeps } from "./services/store-deps.ts";
import { sendWebhook } from "./services/webhook-sender.ts";
import { webRoutes } from "./web/web-routes.ts";

export interface StoreOptions {
  /** Directory of the JSON state file; undefined keeps everything in memory. */
  dataDir?: string;
  apiToken: string;
  webhookSecret: string;
  webhookUrls: string[];
  publicUrl: string;
  edgeUrl: string;
  siteId: string;
  now?: () => Date;
  /** Delays before webhook retries (ms); tests shorten them. */
  webhookBackoffMs?: number[];
}

/** The demo store: storefront pages, Store API v1 under /api, and order webhooks. */
export function createStoreApp(options: StoreOptions): Hono {
  const publicUrl = options.publicUrl.replace(/\/$/, "");
  const deps: StoreDeps = {
    repo: new StoreRepository(options.dataDir),
    now: options.now ?? (() => new Date()),
    apiToken: options.apiToken,
    publicUrl,
    edgeUrl: options.edgeUrl.replace(/\/$/, ""),
    siteId: options.siteId,
    notifyOrder: (order) => {
      void sendWebhook(orderCreatedEvent(order), {
        secret: options.webhookSecret,
        urls: options.webhookUrls,
        ...(options.webhookBackoffMs ? { backoffMs: options.webhookBackoffMs } : {}),
      });
    },
  };

  const app = new Hono();
  app.get("/health", (c) => c.json({ ok: true }));
  app.route("/api", apiRoutes(deps));
  app.route("/", webRoutes(deps));
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? c.json({ error: { code: "not_found", message: `No route ${c.req.method} ${c.req.path}.` } }, 404)
      : c.html("<!doctype html><title>Not found</title><h1>Page not found</h1><p><a href=\"/\">Back to the shop</a></p>", 404),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return c.json({ error: { code: error.status === 413 ? "payload_too_large" : "bad_request", message: error.message } }, error.status);
    }
    console.error(error);
    return c.json({ error: { code: "internal_error", message: "Something went wrong on our side." } }, 500);
  });
  return app;
}
