import type { Channel } from "../domain/session-state.ts";
import { fail, type Result } from "../store/result.ts";
import type { EmailSender, SentMessage, TextSender } from "./channel-messages.ts";
import { replyParts } from "./mailbox.ts";
import { claimSend, completeSend, newSendId, type SendTag } from "./outbound-log.ts";
import type { WhatsAppSender } from "./whatsapp-client.ts";

const refusals = {
  send_cap_reached: "This address got as many messages as it may today.",
  suppressed: "This address unsubscribed from this store.",
  invalid_address: "The address is not one we can send to.",
} as const;

/** Claims the send in the log (cap, unsubscribe list), sends, and records the provider's id. */
async function logged(
  db: D1Database,
  claim: SendTag & { id: string; channel: Channel; to: string; ourAddress: string | null; emailMessageId: string | null },
  send: () => Promise<Result<SentMessage>>,
): Promise<Result<SentMessage>> {
  const claimed = await claimSend(db, { ...claim, at: Date.now() });
  if (claimed !== "claimed") return fail(claimed, refusals[claimed], { channel: claim.channel });
  const sent = await send();
  await completeSend(db, claim.id, sent.ok ? { ok: true, providerMessageId: sent.value.messageId } : { ok: false });
  return sent;
}

/**
 * Email with a tag goes through the send log: our Message-ID and a Reply-To carrying the send's
 * token (replies come back to exactly this send), and for follow-ups the RFC 8058 headers.
 */
export function trackedEmailSender(db: D1Database, inner: EmailSender, env: { EMAIL_FROM: string; EMAIL_REPLY_TO?: string | undefined }): EmailSender {
  return {
    send(message) {
      const tag = message.tag;
      if (tag === undefined) return inner.send(message);
      const id = newSendId();
      const { local, domain } = replyParts(env);
      const messageId = `<${id}@${domain}>`;
      const replyTo = `${local}+${id}@${domain}`;
      const unsubscribe: Record<string, string> = message.unsubscribeUrl
        ? { "List-Unsubscribe": `<mailto:${replyTo}?subject=unsubscribe>, <${message.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : {};
      const headers = { ...message.headers, ...unsubscribe };
      return logged(db, { ...tag, id, channel: "email", to: message.to, ourAddress: null, emailMessageId: messageId }, () =>
        inner.send({ ...message, messageId, replyTo, headers }),
      );
    },
  };
}

/** SMS or WhatsApp with a tag goes through the send log, with our number (replies match on both numbers). */
export function trackedTextSender<S extends TextSender>(db: D1Database, channel: Channel, inner: S, ourAddress: string | null): S {
  return {
    ...inner,
    send(message) {
      const tag = message.tag;
      if (tag === undefined) return inner.send(message);
      return logged(db, { ...tag, id: newSendId(), channel, to: message.to, ourAddress, emailMessageId: null }, () => inner.send(message));
    },
  };
}

/** WhatsApp templates are logged too: a reply to one routes by its `context.id`. */
export function trackedWhatsAppSender(db: D1Database, inner: WhatsAppSender, ourAddress: string | null): WhatsAppSender {
  const text = trackedTextSender(db, "whatsapp", inner, ourAddress);
  return {
    send: (message) => text.send(message),
    sendTemplate(message) {
      const tag = message.tag;
      if (tag === undefined) return inner.sendTemplate(message);
      return logged(db, { ...tag, id: newSendId(), channel: "whatsapp", to: message.to, ourAddress, emailMessageId: null }, () => inner.sendTemplate(message));
    },
  };
}
