import type { UIMessage } from "ai";
import { z } from "zod";
import { ConversationChannel, type AnalyticsEventInput } from "../analytics/events.ts";
import { turnEvents } from "../analytics/platform-events.ts";
import { recordEvents } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import type { SiteConfig } from "../config/site-config.ts";
import type { UserMessage } from "../session/chat-request.ts";
import type { SessionStore } from "../session/session-store.ts";
import type { StoreAdapter } from "../store/store-adapter.ts";
import { asksForPerson } from "./asks-for-person.ts";
import { couldNotHelpTwice } from "./could-not-help.ts";
import { handoverCopy } from "./handover-copy.ts";
import { touchHandover, type HandoverTrigger } from "./handover-index.ts";
import { storeName, type SessionHandover } from "./session-handover.ts";
import { platformMessage, textReply } from "./text-reply.ts";
import { detectLanguage } from "../models/builtin/intents/detect-language.ts";
import { normalizeText, tokenize } from "../models/builtin/intents/normalize-text.ts";
import { isVip } from "./vip-rule.ts";

export interface HoldTurnInput {
  site: SiteConfig;
  message: UserMessage;
  /** The conversation before this message. */
  history: UIMessage[];
  storeApi: Pick<StoreAdapter, "getCustomer">;
}

export interface HoldTurnDeps {
  store: SessionStore;
  handover: SessionHandover;
  db: D1Database;
  waitUntil(promise: Promise<unknown>): void;
}

const textOf = (m: UserMessage) => m.parts.map((p) => p.text).join(" ");

/**
 * Runs before the model, so it holds for any model. While a person holds the conversation the
 * shopper's message is stored for the inbox and nothing answers (or, past the timeout, the shopper
 * is told so). Otherwise a handover starts when the shopper asks for a person (keywords), after two
 * replies in a row that could not help, or for a VIP on their first message. Null: run the model.
 */
export async function holdTurn(input: HoldTurnInput, deps: HoldTurnDeps): Promise<Response | null> {
  const { store, handover } = deps;
  const row = store.session();
  if (row === null) return null;
  const text = textOf(input.message);
  if (row.state === "human") {
    store.upsertMessages([input.message], Date.now());
    const timedOut = await handover.timeoutIfDue(input.site);
    if (timedOut) return textReply(timedOut);
    record(deps, input, [input.message], []);
    deps.waitUntil(touchHandover(deps.db, row.session_id, text, Date.now()).catch((e) => console.error("cart-saver: handover inbox update failed", e)));
    return textReply(null);
  }
  const trigger = await triggerOf(input, row.customer, row.handover_reason === null && !input.history.some((m) => m.role === "user"));
  if (trigger === null) return null;
  store.upsertMessages([input.message], Date.now());
  const { notified } = await handover.start(input.site, reasons[trigger], trigger, text);
  // The shopper's own message decides the language when it says anything (as the built-in model does).
  const language = detectLanguage(tokenize(normalizeText(text)), text) ?? row.language;
  const reply = platformMessage(handoverCopy(notified ? "notified" : "unavailable", language, storeName(input.site)), { author: "platform" });
  const at = Date.now();
  store.upsertMessages([reply], at);
  const event = { siteId: row.site_id, sessionId: row.session_id, id: `${row.session_id}:handover:${at}`, type: "handover" as const, reason: reasons[trigger], at };
  record(deps, input, [input.message, reply], [event]);
  return textReply(reply);
}

const MessageChannel = z.object({ channel: ConversationChannel });

/** Analytics as a model turn records them: the messages (and the conversation's start), plus any handover. */
function record(deps: HoldTurnDeps, input: HoldTurnInput, added: UIMessage[], extra: AnalyticsEventInput[]) {
  const row = deps.store.session();
  if (row === null) return;
  const ref = { siteId: row.site_id, sessionId: row.session_id };
  const first = !input.history.some((m) => m.role === "user");
  const channel = MessageChannel.safeParse(input.message.metadata).data?.channel ?? "widget";
  const events = [...turnEvents(ref, added, first, channel, Date.now()), ...extra];
  deps.waitUntil(recordSafely("handover turn", () => recordEvents(deps.db, events)));
}

const reasons: Record<Exclude<HandoverTrigger, "model">, string> = {
  keyword: "The shopper asked for a person.",
  vip: "A VIP customer started a conversation.",
  could_not_help: "The assistant could not help twice in a row.",
};

/** Why this message starts a handover (keywords, two failed replies, a VIP's first message); null: it does not. */
export async function triggerOf(input: HoldTurnInput, customer: { id: string; email: string | null } | null, firstMessage: boolean) {
  if (asksForPerson(textOf(input.message), input.site.escalation.keywords)) return "keyword" as const;
  if (couldNotHelpTwice(input.history)) return "could_not_help" as const;
  if (firstMessage && customer && (await isVip(customer, input.site.escalation.vipMinLifetimeValue, input.storeApi))) return "vip" as const;
  return null;
}
