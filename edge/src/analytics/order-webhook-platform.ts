import type { Context } from "hono";
import { getSite } from "../sites/site-repository.ts";
import type { AppEnv } from "../http/bindings.ts";
import { apiError } from "../http/api-error.ts";
import { readStoreSecret } from "../store/site-store.ts";
import { platformWebhooks } from "../store/platform-webhooks.ts";
import { verifyBase64Hmac } from "../store/webhook-hmac.ts";
import { receiveOrder } from "./order-webhook-route.ts";
import { sessionCartId, sessionCartIdMatching } from "./order-webhook-carts.ts";

/**
 * POST /v1/webhooks/:platform/:siteId/orders — a platform's own order webhook, verified with the
 * secret the site's store config names, mapped to the Store API order and attributed like it.
 */
export async function receivePlatformOrder(c: Context<AppEnv>): Promise<Response> {
  const platform = c.req.param("platform") ?? "";
  const siteId = c.req.param("siteId") ?? "";
  const webhook = platformWebhooks.get(platform);
  if (!webhook) return apiError(404, "unknown_platform", `No order webhook for platform "${platform}".`, { platform });
  const site = await getSite(c.env.DB, c.var.config, siteId);
  if (site === null || site.store.platform !== platform || !("webhookSecret" in site.store)) {
    return apiError(404, "unknown_site", `No ${platform} site with this id.`, { siteId });
  }
  const secret = readStoreSecret(c.env, site.store.webhookSecret);
  if (secret === undefined) return apiError(503, "store_not_configured", `The worker secret ${site.store.webhookSecret} is not set.`);
  const raw = await c.req.arrayBuffer();
  if (!(await verifyBase64Hmac(secret, raw, c.req.header(webhook.signatureHeader)))) {
    return apiError(401, "invalid_signature", `${webhook.signatureHeader} is missing or does not match the body.`);
  }
  const topic = webhook.topic((name) => c.req.header(name));
  if (topic !== webhook.orderTopic) return c.json({ received: true, ignored: topic }, 202);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return apiError(400, "invalid_json", "The request body is not valid JSON.");
  }
  const mapped = webhook.toOrder(json);
  if (!mapped.ok) return apiError(422, "invalid_order", mapped.message);
  if (mapped.order === null) return c.json({ received: true, ignored: "no_cart" }, 202);
  const since = Date.parse(mapped.order.placedAt) - site.attributionWindowHours * 3_600_000;
  const cartId =
    (mapped.cartTokenPrefix ? await sessionCartId(c.env.DB, siteId, mapped.order.cartId) : null) ??
    (mapped.matchCart ? await sessionCartIdMatching(c.env.DB, siteId, since, mapped.matchCart) : null) ??
    mapped.order.cartId;
  return c.json(await receiveOrder(c.env.DB, { ...mapped.order, cartId }), 202);
}
