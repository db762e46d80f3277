import type { EmailSender } from "../channels/channel-messages.ts";
import { sendWhatsAppFollowUp, type WhatsAppSender } from "../channels/whatsapp-client.ts";
import type { TextSender } from "../channels/channel-messages.ts";
import type { SendTag } from "../channels/outbound-log.ts";
import { fail, ok, type Result } from "../store/result.ts";
import type { FollowUpContent } from "./compose-follow-up.ts";

export interface FollowUpSenders {
  email?: EmailSender;
  sms?: TextSender;
  whatsapp?: WhatsAppSender;
}

export interface FollowUpRecipient {
  email?: string | null;
  phone?: string | null;
  /** Last WhatsApp message from the shopper: inside 24 hours free text is allowed. */
  lastWhatsAppInboundAt?: number | null;
}

/**
 * Sends composed follow-up content on its channel. A channel without a configured sender or a
 * recipient without an address is an expected failure, recorded in the ledger like any other.
 */
export async function dispatchFollowUp(
  content: FollowUpContent,
  recipient: FollowUpRecipient,
  senders: FollowUpSenders,
  context: { itemTitle: string; resumeUrl: string; now: number; tag?: SendTag; unsubscribeUrl?: string },
): Promise<Result<{ messageId: string }>> {
  const notConfigured = fail("channel_not_configured", `No ${content.channel} provider is configured.`, { channel: content.channel });
  const tag = context.tag ? { tag: context.tag } : {};
  const noAddress = fail("no_address", `The shopper has no address for ${content.channel}.`, { channel: content.channel });
  if (content.channel === "email") {
    if (!senders.email) return notConfigured;
    if (!recipient.email) return noAddress;
    const unsubscribe = context.unsubscribeUrl ? { unsubscribeUrl: context.unsubscribeUrl } : {};
    const sent = await senders.email.send({ to: recipient.email, subject: content.subject, html: content.html, text: content.text, ...tag, ...unsubscribe });
    return sent.ok ? ok({ messageId: sent.value.messageId }) : sent;
  }
  if (!recipient.phone) return noAddress;
  if (content.channel === "sms") {
    if (!senders.sms) return notConfigured;
    const sent = await senders.sms.send({ to: recipient.phone, text: content.text, ...tag });
    return sent.ok ? ok({ messageId: sent.value.messageId }) : sent;
  }
  if (!senders.whatsapp) return notConfigured;
  const sent = await sendWhatsAppFollowUp(senders.whatsapp, {
    to: recipient.phone,
    text: content.text,
    templateParams: [context.itemTitle, context.resumeUrl],
    lastInboundAt: recipient.lastWhatsAppInboundAt ?? null,
    now: context.now,
    ...tag,
  });
  return sent.ok ? ok({ messageId: sent.value.messageId }) : sent;
}
