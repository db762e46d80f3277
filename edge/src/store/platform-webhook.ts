import type { OrderCreated } from "../analytics/order-webhook.ts";

export type OrderFromWebhook =
  | { ok: true; order: OrderCreated | null; cartTokenPrefix?: boolean; matchCart?: (cartId: string) => boolean }
  | { ok: false; message: string };

/**
 * How one platform signs and shapes its order webhook. Signatures are base64 HMAC-SHA256 of the
 * raw body with the secret the site config names. `order: null` is an order no cart token links to
 * a session (e.g. placed in the admin); it is acknowledged and not stored. With `cartTokenPrefix`
 * a session whose cart id is `<token>?key=…` matches too (Shopify's cart.js token carries the key).
 */
export interface PlatformOrderWebhook {
  signatureHeader: string;
  topic(header: (name: string) => string | undefined): string;
  orderTopic: string;
  toOrder(json: unknown): OrderFromWebhook;
}
