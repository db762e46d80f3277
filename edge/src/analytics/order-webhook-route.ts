import { Hono } from "hono";
import { z } from "zod";
import { apiError } from "../http/api-error.ts";
import { limitBody } from "../http/limit-body.ts";
import { parseWith } from "../http/read-json.ts";
import type { AnalyticsEnv } from "./analytics-env.ts";
import { Money } from "../store/store-schemas.ts";
import { Attribution } from "./events.ts";
import { attributeOrder, discountCost, pickSession } from "./attribution.ts";
import { OrderCreated, WebhookEnvelope } from "./order-webhook.ts";
import { orderFacts, storeOrder } from "./order-store.ts";
import { digestsForCart } from "./session-digests.ts";
import { verifyStoreSignature } from "./verify-signature.ts";

/**
 * The 202 answer to a verified `order.created`. A middleware around this route can parse it to
 * act on the order (e.g. move the session to `recovered`); duplicates are flagged.
 */
export const OrderReceipt = z.object({
  received: z.literal(true),
  orderId: z.string(),
  duplicate: z.boolean(),
  sessionId: z.string().nullable(),
  attributed: Attribution,
  discountCost: Money,
});
export type OrderReceipt = z.infer<typeof OrderReceipt>;

/** Store webhooks, mounted at /v1/webhooks. */
export const orderWebhookRoutes = new Hono<AnalyticsEnv>();

orderWebhookRoutes.post("/orders", limitBody(64 * 1024), async (c) => {
  const raw = await c.req.arrayBuffer();
  if (!(await verifyStoreSignature(c.env.WEBHOOK_SECRET, raw, c.req.header("X-Store-Signature")))) {
    return apiError(401, "invalid_signature", "X-Store-Signature is missing or does not match the body.");
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    return apiError(400, "invalid_json", "The request body is not valid JSON.");
  }
  const envelope = parseWith(WebhookEnvelope, data);
  if (!envelope.ok) return envelope.response;
  if (envelope.value.type !== "order.created") return c.json({ received: true, ignored: envelope.value.type }, 202);
  const parsed = parseWith(OrderCreated, data);
  if (!parsed.ok) return parsed.response;
  return c.json(await receiveOrder(c.env.DB, parsed.value), 202);
});

/** Stores a verified order once and attributes it; every platform's webhook ends here. */
export async function receiveOrder(db: D1Database, order: OrderCreated): Promise<OrderReceipt> {
  const facts = orderFacts(order);
  const { duplicate } = await storeOrder(db, facts, Date.now());
  // The attribution as of now; the summary recomputes it from timestamps, so events that arrive
  // after the order still count.
  const session = pickSession(facts, await digestsForCart(db, facts.cartId));
  return {
    received: true,
    orderId: facts.orderId,
    duplicate,
    sessionId: session?.sessionId ?? null,
    attributed: attributeOrder(facts, session),
    discountCost: { amount: discountCost(facts, session), currency: facts.currency },
  };
}
