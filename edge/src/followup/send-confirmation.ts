import type { Contact } from "../agent/agent-context.ts";
import { confirmationSent } from "../channels/outbound-log.ts";
import type { Channel } from "../domain/session-state.ts";
import { confirmationEmail, confirmationText } from "./confirmation-message.ts";
import { contactLinkUrl } from "./contact-links.ts";
import type { AddressKind } from "./contact-state.ts";
import type { FollowUpSenders } from "./dispatch-follow-up.ts";
import type { FollowUpLanguage } from "./follow-up-copy.ts";

/** "sent", "already_sent", "not_configured", or the send's failure code (send_cap_reached…). */
export type ConfirmationStatus = string;

export interface ConfirmationContext {
  siteId: string;
  sessionId: string;
  storeName: string;
  language: FollowUpLanguage;
  contact: Contact;
  senders: FollowUpSenders;
  db: D1Database;
  publicUrl: string | undefined;
  secret: string;
  now: number;
}

/** The phone channel the confirmation goes by: SMS when consented and configured, else WhatsApp. */
function phoneChannel(ctx: ConfirmationContext): Extract<Channel, "sms" | "whatsapp"> | null {
  const { consent } = ctx.contact;
  if (consent.sms && ctx.senders.sms) return "sms";
  if (consent.whatsapp && ctx.senders.whatsapp) return "whatsapp";
  return null;
}

/**
 * Sends the one confirmation an unverified address may get, once per session and address (the
 * send log also caps it per address across sessions and sites). Email: a signed link; phone: a
 * text to answer YES.
 */
export async function sendConfirmation(kind: AddressKind, ctx: ConfirmationContext): Promise<ConfirmationStatus> {
  const address = ctx.contact[kind];
  if (address === undefined) return "no_address";
  const channel = kind === "email" ? (ctx.senders.email ? "email" : null) : phoneChannel(ctx);
  if (channel === null || !ctx.publicUrl) return "not_configured";
  if (await confirmationSent(ctx.db, ctx.sessionId, channel, address)) return "already_sent";
  const tag = { siteId: ctx.siteId, sessionId: ctx.sessionId, kind: "confirmation" as const };
  if (channel === "email") {
    const claims = { siteId: ctx.siteId, sessionId: ctx.sessionId, channel: "email" as const, address };
    const url = await contactLinkUrl(ctx.publicUrl, ctx.secret, "confirm", claims, ctx.now);
    const sent = await ctx.senders.email?.send({ to: address, ...confirmationEmail(ctx.storeName, url, ctx.language), tag });
    return sent?.ok ? "sent" : (sent?.code ?? "not_configured");
  }
  const sender = ctx.senders[channel];
  const sent = await sender?.send({ to: address, text: confirmationText(ctx.storeName, ctx.language), tag });
  return sent?.ok ? "sent" : (sent?.code ?? "not_configured");
}
