import type { Channel } from "../domain/session-state.ts";
import type { Result } from "../store/result.ts";
import type { SendTag } from "./outbound-log.ts";

/** The seams between follow-ups, inbound webhooks and the providers behind them. */

export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Threading headers for replies (In-Reply-To, References). */
  headers?: Record<string, string>;
  /** Set by the send log (tracked-senders.ts): our Message-ID and the tokenised Reply-To. */
  messageId?: string;
  replyTo?: string;
  /** The HTTPS one-click unsubscribe URL: List-Unsubscribe (with a mailto:) and List-Unsubscribe-Post. */
  unsubscribeUrl?: string;
  /** Which session sends it and why: recorded in the send log, capped, and routes replies back. */
  tag?: SendTag;
}

export interface SentMessage {
  /** The provider's id (Twilio SID, WhatsApp wamid, SMTP Message-ID): delivery statuses refer to it. */
  messageId: string;
  status: string;
}

export interface EmailSender {
  send(message: EmailMessage): Promise<Result<SentMessage>>;
}

export interface TextMessage {
  to: string;
  text: string;
  tag?: SendTag;
}

export interface TextSender {
  send(message: TextMessage): Promise<Result<SentMessage>>;
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
  /**
   * What the message answers, for routing it to the send it replies to: email's reply token (in
   * `to`), In-Reply-To and References; WhatsApp's `context.id`.
   */
  inReplyTo?: string[];
  /** Email: the token in the `reply+<token>@…` address the reply was sent to. */
  replyToken?: string;
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

/** The answer to send back, tagged with the session it belongs to (the send log records it). */
export interface InboundAnswer {
  text: string;
  tag?: SendTag;
}

/**
 * What the platform provides to every inbound route. Each finds the session through the send
 * the message replies to (never "the latest session for this address").
 */
export interface InboundHandlers {
  /** Continues the shopper's conversation; returns the agent's reply, or null to stay silent. */
  onInbound(message: InboundMessage): Promise<InboundAnswer | null>;
  onOptOut(message: InboundMessage): Promise<void>;
  onOptIn(message: InboundMessage): Promise<void>;
  onStatus(status: DeliveryStatus): Promise<void>;
}
