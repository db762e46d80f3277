import type { Channel } from "../domain/session-state.ts";
import type { Result } from "../store/result.ts";

/** The seams between follow-ups, inbound webhooks and the providers behind them. */

export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Threading headers for replies (In-Reply-To, References). */
  headers?: Record<string, string>;
}

export interface SentMessage {
  /** The provider's id (Twilio SID, WhatsApp wamid, SMTP Message-ID): delivery statuses refer to it. */
  messageId: string;
  status: string;
}

export interface EmailSender {
  send(message: EmailMessage): Promise<Result<SentMessage>>;
}

export interface TextSender {
  send(message: { to: string; text: string }): Promise<Result<SentMessage>>;
}

export interface InboundMessage {
  channel: Channel;
  /** E.164 phone number (SMS, WhatsApp) or email address. */
  from: string;
  /** Our number or address that received it. */
  to: string;
  text: string;
  providerMessageId: string | null;
  at: number;
}

export interface DeliveryStatus {
  channel: Channel;
  providerMessageId: string;
  /** Provider status as sent: queued, sent, delivered, read, failed, undelivered… */
  status: string;
  recipient: string | null;
  errorCode: string | null;
  at: number;
}

/** What the platform provides to every inbound route; the lead wires these to the session. */
export interface InboundHandlers {
  /** Continues the shopper's conversation; returns the agent's reply, or null to stay silent. */
  onInbound(message: InboundMessage): Promise<string | null>;
  onOptOut(event: { channel: Channel; from: string; at: number }): Promise<void>;
  onOptIn(event: { channel: Channel; from: string; at: number }): Promise<void>;
  onStatus(status: DeliveryStatus): Promise<void>;
}
