import { Hono, type Context, type Env } from "hono";
import { apiError } from "../http/api-error.ts";
import { notConfigured } from "./not-configured.ts";
import { limitBody } from "../http/limit-body.ts";
import { parseWith } from "../http/read-json.ts";
import { answerInbound, type AnswerOptions } from "./answer-inbound.ts";
import type { WhatsAppEnv } from "./channel-env.ts";
import type { InboundHandlers, TextSender } from "./channel-messages.ts";
import { optKeyword } from "./opt-keywords.ts";
import { verifyWhatsAppSignature, WhatsAppWebhook } from "./whatsapp-webhook.ts";

export interface WhatsAppRouteDeps extends InboundHandlers, AnswerOptions {
  env: WhatsAppEnv;
  /** Free-form replies: an inbound message has just opened the 24-hour window. */
  sender: TextSender;
}

/**
 * Meta Cloud API webhooks, mounted at the root: `GET /v1/channels/whatsapp/webhook` (the
 * subscription handshake) and `POST /v1/channels/whatsapp/webhook` (messages and statuses,
 * signed over the raw body; nothing is read or stored before the signature checks out).
 */
export function whatsappRoutes<E extends Env>(resolve: (c: Context<E>) => WhatsAppRouteDeps | null | Promise<WhatsAppRouteDeps | null>): Hono<E> {
  const app = new Hono<E>();
  const path = "/v1/channels/whatsapp/webhook";

  app.get(path, async (c) => {
    const deps = await resolve(c);
    if (deps === null) return notConfigured();
    const mode = c.req.query("hub.mode");
    const token = c.req.query("hub.verify_token");
    const challenge = c.req.query("hub.challenge");
    if (!mode || !token || !challenge) return apiError(400, "invalid_request", "hub.mode, hub.verify_token and hub.challenge are required.");
    if (mode !== "subscribe" || token !== deps.env.WHATSAPP_VERIFY_TOKEN) {
      return apiError(403, "verification_failed", "The verify token does not match.");
    }
    return c.text(challenge);
  });

  app.use(path, limitBody(256 * 1024));
  app.post(path, async (c) => {
    const deps = await resolve(c);
    if (deps === null) return notConfigured();
    const raw = await c.req.arrayBuffer();
    if (!(await verifyWhatsAppSignature(deps.env.WHATSAPP_APP_SECRET, raw, c.req.header("x-hub-signature-256")))) {
      return apiError(401, "invalid_signature", "X-Hub-Signature-256 does not match the body.");
    }
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return apiError(400, "invalid_json", "The request body is not valid JSON.");
    }
    const parsed = parseWith(WhatsAppWebhook, data);
    if (!parsed.ok) return parsed.response;
    let messages = 0;
    let statuses = 0;
    for (const change of parsed.value.entry.flatMap((entry) => entry.changes)) {
      const ours = change.value.metadata.display_phone_number;
      for (const status of change.value.statuses ?? []) {
        statuses++;
        await deps.onStatus({
          channel: "whatsapp",
          providerMessageId: status.id,
          status: status.status,
          recipient: status.recipient_id,
          errorCode: status.errors?.[0] ? String(status.errors[0].code) : null,
          at: Number(status.timestamp) * 1000,
        });
      }
      for (const message of change.value.messages ?? []) {
        // Media, locations and reactions carry no text for the agent; quick-reply buttons do.
        const text = message.text?.body ?? message.button?.text;
        if (text === undefined) continue;
        messages++;
        const at = Number(message.timestamp) * 1000;
        const keyword = optKeyword(text, "whatsapp");
        // The message the shopper replied to (swipe-to-reply, template buttons): routes to its send.
        const context = message.context?.id ? { inReplyTo: [message.context.id] } : {};
        const inbound = { channel: "whatsapp" as const, from: message.from, to: ours, text, providerMessageId: message.id, at, ...context };
        if (keyword === "opt_out") await deps.onOptOut(inbound);
        else if (keyword === "opt_in") await deps.onOptIn(inbound);
        else await answerInbound(inbound, deps, deps.sender, deps);
      }
    }
    return c.json({ received: { messages, statuses } });
  });
  return app;
}
