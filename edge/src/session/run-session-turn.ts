import type { UIMessage } from "ai";
import { z } from "zod";
import { runAgentTurn } from "../agent/run-agent-turn.ts";
import { ConversationChannel, type AnalyticsEventInput } from "../analytics/events.ts";
import { turnEvents, withAnalytics } from "../analytics/platform-events.ts";
import { recordEvents } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import type { Contact, ModelEnv } from "../agent/agent-context.ts";
import type { SiteConfig } from "../config/site-config.ts";
import { readVar } from "../config/edge-env.ts";
import { historyWindow } from "../agent/conversation-window.ts";
import { apiError } from "../http/api-error.ts";
import { d1CartOffers } from "../policy/d1-cart-offers.ts";
import { siteStore } from "../store/site-store.ts";
import type { Opener, UserMessage } from "./chat-request.ts";
import { nextState } from "./next-state.ts";
import { createSessionEffects } from "./session-effects.ts";
import { sessionSnapshot } from "./session-snapshot.ts";
import type { SessionStore } from "./session-store.ts";
import { observeBody, type TurnLock } from "./turn-lock.ts";
import { holdTurn } from "../handover/hold-turn.ts";
import type { SessionHandover } from "../handover/session-handover.ts";
import { deadline } from "../http/deadline.ts";

export const turnTimeoutMs = 120_000;
/** A session's budget of shopper messages; a conversation this long needs a person, not more turns. */
export const maxShopperMessages = 60;

/** Replies on email, SMS or WhatsApp carry their channel in the message metadata. */
const MessageChannel = z.object({ channel: ConversationChannel });

export interface TurnRequest {
  site: SiteConfig;
  message?: UserMessage;
  opener?: Opener;
}

export interface TurnDeps {
  store: SessionStore;
  lock: TurnLock;
  /** The worker env: MODEL, OPENAI_*, and the secret named by site.store.tokenSecret. */
  env: object;
  waitUntil(promise: Promise<unknown>): void;
  /** Analytics: messages, objections, offers and handovers of the turn are recorded here. */
  db: D1Database;
  /** The shopper gave an address (saveCartForLater): the contact index learns it. */
  onContact?(contact: Contact): void;
  /** Handover to a person: checked before the model runs, and the handOver tool starts one. */
  handover?: SessionHandover;
}

/**
 * Runs one agent turn where the session state lives: refuses when a turn is already streaming
 * (409) or the session is in the holdout (403), persists the shopper's message, streams the
 * agent's reply and persists the full history when the stream finishes.
 */
export async function runSessionTurn(request: TurnRequest, deps: TurnDeps): Promise<Response> {
  const { store, lock } = deps;
  const row = store.session();
  if (row === null) return apiError(404, "unknown_session", "This session does not exist.");
  if (row.grp === "holdout") return apiError(403, "holdout", "This session is in the holdout group; the assistant stays silent.");
  const storeApi = siteStore(request.site, deps.env);
  if (storeApi === null) {
    return apiError(503, "store_not_configured", `The worker secret ${request.site.store.tokenSecret} is not set.`);
  }
  if (request.message && store.shopperMessageCount() >= maxShopperMessages && !store.hasMessage(request.message.id)) {
    return apiError(429, "turn_limit", `This conversation reached its limit of ${maxShopperMessages} messages; please contact the store directly.`);
  }
  const { messages: history, omitted } = await store.recentMessages(historyWindow);
  // Re-sending the last message after a failed turn (no reply stored after it) runs it again.
  const last = history.at(-1);
  const retry = request.message !== undefined && last?.role === "user" && last.id === request.message.id;
  if (request.message && !retry && store.hasMessage(request.message.id)) {
    return apiError(409, "duplicate_message", "A message with this id was already sent.", { messageId: request.message.id });
  }
  if (request.opener && history.length > 0) {
    return apiError(409, "conversation_started", "The conversation already started; send a message instead.");
  }
  if (!lock.tryAcquire()) return apiError(409, "turn_in_progress", "The assistant is still answering the previous message.");

  // Cleared when the reply ends: a pending timer would keep this object from being evicted.
  const timeout = deadline(turnTimeoutMs);
  try {
    if (request.message && deps.handover) {
      const before = history.filter((m) => m.id !== request.message?.id);
      const held = await holdTurn({ site: request.site, message: request.message, history: before, storeApi }, { store, handover: deps.handover, db: deps.db, waitUntil: deps.waitUntil });
      if (held) {
        timeout.clear();
        lock.release();
        return held;
      }
    }
    const now = Date.now();
    if (request.opener) store.setTrigger(request.opener.trigger, request.opener.page);
    // The shopper engages by writing; a proactive opener alone leaves the state as it was.
    if (request.message) store.setState(nextState(row.state, { kind: "chat" }), now);
    const messages: UIMessage[] = request.message && !retry ? [...history, request.message] : history;
    if (request.message) store.upsertMessages([request.message], now);

    const fresh = store.session() ?? row;
    const handover = deps.handover;
    const ref = { siteId: row.site_id, sessionId: row.session_id };
    const record = (what: string, events: Parameters<typeof recordEvents>[1]) =>
      deps.waitUntil(recordSafely(what, () => recordEvents(deps.db, events)));
    // The tools' events (objections, offers, handover) wait for the turn's end: one D1 batch a turn.
    const effectEvents: AnalyticsEventInput[] = [];
    const earlier = new Set(history.filter((m) => m.id !== request.message?.id).map((m) => m.id));
    const firstShopperMessage = !history.some((m) => m.role === "user" && earlier.has(m.id)) && omitted === 0;
    const channel = MessageChannel.safeParse(request.message?.metadata).data?.channel ?? "widget";
    const response = runAgentTurn({
      site: request.site,
      session: sessionSnapshot(fresh, store),
      store: storeApi,
      env: modelEnv(deps.env),
      cartOffers: d1CartOffers(deps.db, { siteId: row.site_id, cartId: row.cart_id, customerId: row.customer?.id ?? null }),
      effects: withAnalytics(createSessionEffects(store, Date.now, deps.onContact, handover && ((reason) => handover.start(request.site, reason, "model", null))), { ...ref, currency: "EUR" }, (events) => effectEvents.push(...events)),
      messages,
      omittedMessages: omitted,
      ...(request.opener ? { opener: request.opener } : {}),
      abortSignal: timeout.signal,
      onFinish: (all) => {
        const stored = all.map(withId);
        store.upsertMessages(stored, Date.now());
        const added = stored.filter((m) => !earlier.has(m.id));
        record("turn", [...effectEvents.splice(0), ...turnEvents(ref, added, firstShopperMessage, channel, Date.now())]);
      },
    });
    const observed = observeBody(response);
    deps.waitUntil(
      observed.done.finally(() => {
        timeout.clear();
        // A turn that failed before its end still records what its tools did.
        if (effectEvents.length > 0) record("session effects", effectEvents.splice(0));
        lock.release();
      }),
    );
    return observed.response;
  } catch (error) {
    timeout.clear();
    lock.release();
    throw error;
  }
}

function modelEnv(env: object): ModelEnv {
  const pick = (name: string) => readVar(env, name);
  return { MODEL: pick("MODEL"), OPENAI_API_KEY: pick("OPENAI_API_KEY"), OPENAI_BASE_URL: pick("OPENAI_BASE_URL") };
}

/** The stream may leave a generated assistant message without an id; storage keys on it. */
function withId(message: UIMessage): UIMessage {
  return message.id ? message : { ...message, id: crypto.randomUUID() };
}
