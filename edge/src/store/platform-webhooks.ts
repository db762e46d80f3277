import type { PlatformOrderWebhook } from "./platform-webhook.ts";
import { shopifyOrderWebhook } from "./shopify/shopify-order-webhook.ts";
import { vendureOrderWebhook } from "./vendure/vendure-order-webhook.ts";
import { wooOrderWebhook } from "./woocommerce/woo-order-webhook.ts";

/** Order webhooks by platform name (Store API v1 has its own route, POST /v1/webhooks/orders). */
export const platformWebhooks = new Map<string, PlatformOrderWebhook>([
  ["shopify", shopifyOrderWebhook],
  ["woocommerce", wooOrderWebhook],
  ["vendure", vendureOrderWebhook],
]);
