import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SessionState, SignalType } from "../../src/domain/session-state.ts";
import { nextState, type SessionEvent } from "../../src/session/next-state.ts";

const signal = (type: SignalType, hasChat = false): SessionEvent => ({ kind: "signal", type, hasChat });

describe("nextState", () => {
  it("moves browsing to at_risk on abandonment signals only", () => {
    for (const type of ["exit_intent", "idle", "tab_hidden", "page_close"] as const) {
      expect(nextState("browsing", signal(type))).toBe("at_risk");
    }
    for (const type of ["tab_visible", "checkout_step", "widget_closed", "checkout_link_clicked", "widget_opened"] as const) {
      expect(nextState("browsing", signal(type))).toBe("browsing");
    }
  });

  it("engages on a chat turn, or when the widget opens on an existing chat", () => {
    expect(nextState("at_risk", { kind: "chat" })).toBe("engaged");
    expect(nextState("browsing", { kind: "chat" })).toBe("engaged");
    expect(nextState("at_risk", signal("widget_opened", true))).toBe("engaged");
    expect(nextState("at_risk", signal("widget_opened", false))).toBe("at_risk");
    expect(nextState("lost", { kind: "chat" })).toBe("engaged");
  });

  it("hands over to a human, who keeps the conversation until an order", () => {
    expect(nextState("engaged", { kind: "handover" })).toBe("human");
    expect(nextState("human", { kind: "chat" })).toBe("human");
    expect(nextState("human", signal("exit_intent"))).toBe("human");
    expect(nextState("human", { kind: "lost" })).toBe("human");
    expect(nextState("human", { kind: "order" })).toBe("recovered");
  });

  it("never leaves recovered, whatever happens next", () => {
    const event = fc.oneof(
      fc.constantFrom<SessionEvent>({ kind: "chat" }, { kind: "handover" }, { kind: "order" }, { kind: "lost" }),
      fc.record({ kind: fc.constant("signal" as const), type: fc.constantFrom(...SignalType.options), hasChat: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SessionState.options), fc.array(event), (start, events) => {
        let state = start;
        let recovered = start === "recovered";
        for (const e of events) {
          state = nextState(state, e);
          if (e.kind === "order") recovered = true;
          if (recovered) expect(state).toBe("recovered");
        }
      }),
    );
  });
});
