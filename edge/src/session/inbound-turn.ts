import type { UIMessage } from "ai";
import { turnEvents } from "../analytics/platform-events.ts";
import { recordEvents } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import type { InboundMessage } from "../channels/channel-messages.ts";
import type { SiteConfig } from "../config/site-config.ts";
import type { ActivityStore } from "./activity-store.ts";
import { maxMessageChars, type UserMessage } from "./chat-request.ts";
import type { TurnRequest } from "./run-session-turn.ts";
import type { SessionStore } from "./session-store.ts";

export interface InboundTurnDeps {
  store: SessionStore;
  activity: ActivityStore;
  /** The Durable Object's own chat turn (the same agent loop as the widget). */
  chat(request: TurnRequest): Promise<Response>;
  /** Analytics: the channel's messages count as conversation like the widget's. */
  db: D1Database;
}

const textOf = (message: UIMessage) =>
  message.parts
    .flatMap((part) => (part.type === "text" ? [part.text] : []))
    .join("\n\n")
    .trim();

/**
 * A shopper's reply on email, SMS or WhatsApp: appended to the same transcript (the channel in
 * the message metadata), answered by the agent, and the answer's text returned to be sent back on
 * that channel. A redelivered provider message id gets no second answer (null).
 */
export async function inboundTurn(message: InboundMessage, site: SiteConfig, deps: InboundTurnDeps): Promise<string | null> {
  const { store, activity } = deps;
  const row = store.session();
  if (row === null || row.grp === "holdout") return null;
  if (message.providerMessageId !== null && !activity.firstDelivery(`${message.channel}:${message.providerMessageId}`, message.at)) return null;
  activity.active(message.at);
  if (message.channel === "whatsapp") activity.whatsAppInbound(message.at);
  const text = message.text.slice(0, maxMessageChars);
  const user: UserMessage = {
    id: `${message.channel}-${message.providerMessageId ?? crypto.randomUUID()}`.slice(0, 100),
    role: "user",
    parts: [{ type: "text", text }],
    metadata: { channel: message.channel },
  };
  const firstShopperMessage = !store.hasShopperMessages();
  const response = await deps.chat({ site, message: user });
  if (!response.ok) {
    console.warn(`cart-saver: ${message.channel} reply for ${row.session_id} not answered: ${response.status} ${await response.text()}`);
    return null;
  }
  // Reading the stream to the end runs the turn to completion; onFinish has stored the answer then.
  await response.text();
  const last = (await store.recentMessages(1)).messages.at(-1);
  if (last === undefined || last.role !== "assistant") return null;
  const answer = { ...last, metadata: { channel: message.channel } };
  store.upsertMessages([answer], Date.now());
  const ref = { siteId: row.site_id, sessionId: row.session_id };
  await recordSafely("message", () => recordEvents(deps.db, turnEvents(ref, [user, answer], firstShopperMessage, message.channel, message.at)));
  return textOf(last) || null;
}
