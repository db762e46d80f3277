import type { UIMessage } from "ai";
import type { SessionEffects } from "../agent/agent-context.ts";
import type { SignalType } from "../domain/session-state.ts";
import type { AnalyticsEventInput, ConversationChannel } from "./events.ts";

/**
 * Builders for the platform's integration points, so wiring analytics is one call at each:
 * POST /v1/signals, a chat turn (opener or message), and the tools' session effects.
 * Ids are derived from the session and time so a retried write is ignored.
 */
export interface SessionRef {
  siteId: string;
  sessionId: string;
}

/** A signal; a checkout-link click is also recorded as its own event for the funnel. */
export function signalEvents(s: SessionRef, type: SignalType, at: number): AnalyticsEventInput[] {
  const signal: AnalyticsEventInput = { ...s, id: `${s.sessionId}:signal:${type}:${at}`, type: "signal", signal: type, at };
  if (type !== "checkout_link_clicked") return [signal];
  return [signal, { ...s, id: `${s.sessionId}:checkout_link_clicked:${at}`, type: "checkout_link_clicked", at }];
}

/** A proactive open of the assistant. */
export function interventionEvent(s: SessionRef, trigger: string, at: number): AnalyticsEventInput {
  return { ...s, id: `${s.sessionId}:intervention:${at}`, type: "intervention", trigger, at };
}

const textOf = (m: UIMessage) =>
  m.parts
    .flatMap((p) => (p.type === "text" ? [p.text] : []))
    .join("\n")
    .trim();

/**
 * The messages a turn added (user and assistant text; tool parts are left out), plus
 * conversation_started when the shopper speaks for the first time in this session.
 */
export function turnEvents(s: SessionRef, added: readonly UIMessage[], firstShopperMessage: boolean, channel: ConversationChannel, at: number): AnalyticsEventInput[] {
  const events: AnalyticsEventInput[] = [];
  if (firstShopperMessage && added.some((m) => m.role === "user")) {
    events.push({ ...s, id: `${s.sessionId}:conversation_started`, type: "conversation_started", channel, at });
  }
  added.forEach((m, i) => {
    const text = textOf(m);
    if (text === "" || (m.role !== "user" && m.role !== "assistant")) return;
    events.push({ ...s, id: `${s.sessionId}:message:${m.id}`, type: "message", role: m.role, channel, text, at: at + i });
  });
  return events;
}

/**
 * Wraps the tools' session effects so objections, offer decisions and handovers are also
 * recorded. `record` should not block the turn (e.g. `ctx.waitUntil(recordEvents(db, events))`).
 */
export function withAnalytics(
  effects: SessionEffects,
  s: SessionRef & { currency: string },
  record: (events: AnalyticsEventInput[]) => void,
  now: () => number = Date.now,
): SessionEffects {
  const ref = { siteId: s.siteId, sessionId: s.sessionId };
  return {
    ...effects,
    async recordObjection(code) {
      await effects.recordObjection(code);
      const at = now();
      record([{ ...ref, id: `${s.sessionId}:objection:${code}:${at}`, type: "objection", code, at }]);
    },
    async recordOffer(decision) {
      await effects.recordOffer(decision);
      record([
        {
          ...ref,
          id: `${s.sessionId}:offer:${decision.at}`,
          type: "offer",
          outcome: decision.granted ? "granted" : "refused",
          reason: decision.reason,
          objection: decision.objection,
          ...(decision.code ? { code: decision.code } : {}),
          ...(decision.granted ? { amount: { amount: decision.amount, currency: s.currency } } : {}),
          at: decision.at,
        },
      ]);
    },
    async handover(reason) {
      const started = await effects.handover(reason);
      const at = now();
      record([{ ...ref, id: `${s.sessionId}:handover:${at}`, type: "handover", reason: reason.slice(0, 200), at }]);
      return started;
    },
  };
}
