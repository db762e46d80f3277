import { afterEach, describe, expect, it, vi } from "vitest";
import { wireTriggers } from "../src/loader/trigger-wiring.ts";
import type { SignalType, WidgetConfig } from "../src/common/widget-types.ts";

const config = (exitIntent: boolean): WidgetConfig => ({
  siteId: "demo",
  name: "Demo",
  brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi", language: "en" },
  triggers: { exitIntent, idleSeconds: 3600, pages: ["/"], minCartValue: 0, cooldownMinutes: 60, minSecondsOnPage: 0, maxProactiveOpens: 1 },
  requireConsent: true,
});

/** A phone: `(pointer: coarse)` matches. */
const coarsePointer = () => vi.stubGlobal("matchMedia", (query: string) => ({ matches: query === "(pointer: coarse)", addEventListener: () => {} }));

function wire(exitIntent: boolean) {
  const fired: SignalType[] = [];
  wireTriggers(config(exitIntent), { fire: (trigger) => (fired.push(trigger), true), signal: () => {}, cartReady: () => true });
  return fired;
}

afterEach(() => {
  vi.unstubAllGlobals();
  history.replaceState(null, "");
});

describe("touch exit intent follows triggers.exitIntent", () => {
  it("on: arms the back-button guard, and going back opens the assistant instead", () => {
    coarsePointer();
    const fired = wire(true);
    expect(history.state).toMatchObject({ cartSaverGuard: true });
    dispatchEvent(new PopStateEvent("popstate", { state: null }));
    expect(fired).toEqual(["exit_intent"]);
  });

  it("off: no guard entry in the history, and going back opens nothing", () => {
    coarsePointer();
    const fired = wire(false);
    expect(history.state).toBeNull();
    dispatchEvent(new PopStateEvent("popstate", { state: null }));
    expect(fired).toEqual([]);
  });
});
