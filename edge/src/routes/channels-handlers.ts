import type { Context } from "hono";
import { recordEvents } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import { signalEvents } from "../analytics/platform-events.ts";
import type { InboundHandlers, InboundMessage } from "../channels/channel-messages.ts";
import { latestSendTo, sendByEmailMessageIds, sendById, sendByProviderId, setSuppressed, type SendRecord } from "../channels/outbound-log.ts";
import { isConfirmationReply } from "../followup/confirmation-message.ts";
import type { ResumeClaims } from "../followup/resume-link.ts";
import type { AppEnv } from "../http/bindings.ts";
import { sessionStub } from "../http/session-auth.ts";
import { ensureChannelSchema } from "../session/channel-d1-schema.ts";
import { contactKey } from "../session/contact-index.ts";
import { getSite } from "../sites/site-repository.ts";
import { siteStore } from "../store/site-store.ts";

/**
 * The send a message replies to, from what was sent, never from "who has this address":
 * email by the reply token in our Reply-To or by In-Reply-To/References against our
 * Message-IDs (and only from the address we sent to); WhatsApp by `context.id`, else our latest
 * send to that number; SMS by our latest send to that number from the number it wrote to.
 */
async function repliedSend(db: D1Database, message: InboundMessage): Promise<SendRecord | null> {
  const from = contactKey(message.channel, message.from);
  if (from === null) return null;
  if (message.channel === "email") {
    const byToken = message.replyToken ? await sendById(db, message.replyToken) : null;
    const send = byToken ?? (await sendByEmailMessageIds(db, message.inReplyTo ?? []));
    return send?.address === from ? send : null;
  }
  if (message.channel === "whatsapp") {
    for (const id of message.inReplyTo ?? []) {
      const send = await sendByProviderId(db, id);
      if (send?.channel === "whatsapp" && send.address === from) return send;
    }
    return latestSendTo(db, "whatsapp", message.from, null);
  }
  return latestSendTo(db, "sms", message.from, contactKey("sms", message.to));
}

const unmatched = (message: InboundMessage, what: string) =>
  console.warn(`cart-saver: ${message.channel} ${what} matches no message we sent; dropped.`);

/**
 * What the channel webhooks do with a verified message: find the send it answers, then let that
 * send's Session Durable Object confirm the number (YES/JA), answer, opt out or opt in.
 */
export function inboundHandlers(c: Context<AppEnv>): InboundHandlers {
  const db = c.env.DB;
  return {
    async onInbound(message) {
      const send = await repliedSend(db, message);
      if (send === null) {
        unmatched(message, "message");
        return null;
      }
      const stub = sessionStub(c, send.sessionId);
      if (stub === null) return null;
      const tag = { siteId: send.siteId, sessionId: send.sessionId, kind: "reply" as const };
      if (message.channel !== "email" && isConfirmationReply(message.text)) {
        const ack = await stub.confirmByReply(message.channel, message.from);
        if (ack !== null) return { text: ack, tag };
      }
      const site = await getSite(db, c.var.config, send.siteId);
      if (site === null) return null;
      const text = await stub.inbound(message, site);
      return text === null ? null : { text, tag };
    },
    async onOptOut(message) {
      const send = await repliedSend(db, message);
      if (send === null) return unmatched(message, "opt-out");
      await setSuppressed(db, send.siteId, message.channel, message.from, true, message.at);
      await sessionStub(c, send.sessionId)?.optOut(message.channel, message.at);
    },
    async onOptIn(message) {
      const send = await repliedSend(db, message);
      if (send === null) return unmatched(message, "opt-in");
      await setSuppressed(db, send.siteId, message.channel, message.from, false, message.at);
      await sessionStub(c, send.sessionId)?.optIn(message.channel, message.at);
    },
    async onStatus(status) {
      await ensureChannelSchema(db);
      await db
        .prepare(
          `INSERT INTO channel_deliveries (provider_message_id, channel, status, recipient, error_code, at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (provider_message_id, status) DO NOTHING`,
        )
        .bind(status.providerMessageId, status.channel, status.status, status.recipient, status.errorCode, status.at)
        .run();
    },
  };
}

/** The store behind a resume link's site. */
export async function storeForSite(c: Context<AppEnv>, siteId: string) {
  const site = await getSite(c.env.DB, c.var.config, siteId);
  if (site === null) return null;
  return siteStore(site, c.env);
}

/** A resume link was opened: `checkout_link_clicked` on the session, and in analytics for attribution. */
export async function recordResumeClick(c: Context<AppEnv>, claims: ResumeClaims): Promise<void> {
  const at = Date.now();
  const result = await sessionStub(c, claims.sessionId)?.signal({
    type: "checkout_link_clicked",
    at,
    data: { channel: claims.channel, step: claims.stepIndex },
    page: null,
  });
  if (!result) return;
  const ref = { siteId: claims.siteId, sessionId: claims.sessionId };
  await recordSafely("checkout_link_clicked", () => recordEvents(c.env.DB, signalEvents(ref, "checkout_link_clicked", at)));
}
