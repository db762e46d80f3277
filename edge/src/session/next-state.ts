import type { SessionState, SignalType } from "../domain/session-state.ts";

/** What can move a session: a widget signal, a chat turn, a handover to a human, a placed order. */
export type SessionEvent =
  /** hasChat: the shopper already wrote in this session. */
  | { kind: "signal"; type: SignalType; hasChat: boolean }
  /** The shopper sent a message. */
  | { kind: "chat" }
  | { kind: "handover" }
  | { kind: "order" }
  | { kind: "lost" };

const riskSignals: ReadonlySet<SignalType> = new Set(["exit_intent", "idle", "tab_hidden", "page_close"]);

/**
 * The session state machine, browsing → at_risk → engaged → (recovered | lost), plus human
 * after a handover. Pure: the Durable Object persists whatever this returns.
 */
export function nextState(state: SessionState, event: SessionEvent): SessionState {
  if (state === "recovered") return state;
  switch (event.kind) {
    case "order":
      return "recovered";
    case "handover":
      return "human";
    case "lost":
      return state === "human" ? state : "lost";
    case "chat":
      return state === "human" ? state : "engaged";
    case "signal":
      if (state === "browsing" && riskSignals.has(event.type)) return "at_risk";
      if (event.type === "widget_opened" && event.hasChat && (state === "browsing" || state === "at_risk" || state === "lost")) {
        return "engaged";
      }
      return state;
  }
}
