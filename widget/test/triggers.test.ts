import { describe, expect, it } from "vitest";
import { isExitIntent, pushSample } from "../src/triggers/exit-intent.ts";
import { idleDueIn, pageMatches } from "../src/triggers/idle.ts";
import { isTyping, proactiveDecision, type ProactiveInput } from "../src/triggers/proactive-caps.ts";
import { flickThreshold, isBackIntent, isFastScrollUp, isReturnAfterAway, pushScroll, type ScrollSample } from "../src/triggers/touch-intent.ts";

describe("exit intent", () => {
  const base = { leaveY: -2, recentY: [240, 120, 30], msOnPage: 5000, minSecondsOnPage: 3 };
  it("fires when the pointer leaves through the top edge moving up after the minimum time", () => {
    expect(isExitIntent(base)).toBe(true);
  });
  it("does not fire before the minimum time on the page", () => {
    expect(isExitIntent({ ...base, msOnPage: 2999 })).toBe(false);
  });
  it("does not fire for leaving sideways or downwards", () => {
    expect(isExitIntent({ ...base, leaveY: 400 })).toBe(false);
    expect(isExitIntent({ ...base, recentY: [5, 40, 90], leaveY: 0 })).toBe(false);
  });
  it("fires when the last move was already at the leave point", () => {
    expect(isExitIntent({ ...base, recentY: [200, 100, 0], leaveY: 0 })).toBe(true);
  });
  it("does not fire without pointer movement on the page", () => {
    expect(isExitIntent({ ...base, recentY: [] })).toBe(false);
  });
  it("keeps only the last samples", () => {
    expect(pushSample([1, 2, 3, 4], 5)).toEqual([2, 3, 4, 5]);
  });
});

describe("idle", () => {
  it("matches cart and checkout paths on segment boundaries", () => {
    const pages = ["/cart", "/checkout"];
    expect(pageMatches("/cart", pages)).toBe(true);
    expect(pageMatches("/checkout/shipping", pages)).toBe(true);
    expect(pageMatches("/cartoons", pages)).toBe(false);
    expect(pageMatches("/products/x", pages)).toBe(false);
  });
  it("is due idleSeconds after the last activity, only on configured pages", () => {
    const i = { path: "/checkout", pages: ["/checkout"], idleSeconds: 10, lastActivity: 1000 };
    expect(idleDueIn({ ...i, now: 1000 })).toBe(10000);
    expect(idleDueIn({ ...i, now: 8000 })).toBe(3000);
    expect(idleDueIn({ ...i, now: 20000 })).toBe(0);
    expect(idleDueIn({ ...i, path: "/", now: 20000 })).toBeNull();
  });
});

describe("touch intent", () => {
  const scroll = (points: [number, number][]) => points.reduce<ScrollSample[]>((s, [y, t]) => pushScroll(s, { y, t }), []);
  it("detects a fast flick up", () => {
    expect(isFastScrollUp(scroll([[1200, 0], [900, 100], [700, 200]]), 200)).toBe(true);
  });
  it("ignores slow scrolling up and scrolling down", () => {
    expect(isFastScrollUp(scroll([[1200, 0], [1100, 300]]), 300)).toBe(false);
    expect(isFastScrollUp(scroll([[200, 0], [900, 100]]), 100)).toBe(false);
  });
  it("forgets samples outside the window", () => {
    expect(isFastScrollUp(scroll([[2000, 0], [1990, 1000], [1980, 1100]]), 1100)).toBe(false);
  });
  it("adapts the flick to a short page: 112 px of scroll needs a 67 px flick, not 240", () => {
    expect(flickThreshold(112)).toEqual({ minDistancePx: 67, minSpeedPxPerMs: expect.closeTo(0.5, 2) });
    expect(flickThreshold(5000)).toEqual({ minDistancePx: 240, minSpeedPxPerMs: 1.2 });
    expect(flickThreshold(20).minDistancePx).toBe(48);
    const flick = scroll([[112, 0], [60, 60], [0, 140]]);
    expect(isFastScrollUp(flick, 140, 112)).toBe(true);
    expect(isFastScrollUp(flick, 140)).toBe(false); // the same flick on a long page is not one
    expect(isFastScrollUp(scroll([[112, 0], [80, 100]]), 100, 112)).toBe(false); // too short
    expect(isFastScrollUp(scroll([[112, 0], [0, 400]]), 400, 112)).toBe(false); // too slow
  });
  it("counts a return after being away long enough", () => {
    expect(isReturnAfterAway(1000, 6000)).toBe(true);
    expect(isReturnAfterAway(1000, 2000)).toBe(false);
    expect(isReturnAfterAway(null, 9000)).toBe(false);
  });
  it("treats popping past the guard entry as back intent", () => {
    expect(isBackIntent(true, null)).toBe(true);
    expect(isBackIntent(true, { cartSaverGuard: true })).toBe(false);
    expect(isBackIntent(false, null)).toBe(false);
  });
});

describe("proactive caps", () => {
  const ok: ProactiveInput = {
    group: "agent",
    panelOpen: false,
    dismissed: false,
    opens: 0,
    maxOpens: 1,
    msSinceLastOpen: null,
    cooldownMinutes: 60,
    hasConversation: false,
    typing: false,
    itemCount: 2,
    cartValue: 5000,
    minCartValue: 1000,
  };
  it("opens for an agent session with a cart above the minimum", () => {
    expect(proactiveDecision(ok)).toEqual({ open: true });
  });
  it.each([
    [{ group: "holdout" as const }, "holdout"],
    [{ panelOpen: true }, "already_open"],
    [{ dismissed: true }, "dismissed"],
    [{ opens: 1 }, "cap_reached"],
    [{ opens: 1, maxOpens: 2, msSinceLastOpen: 59 * 60_000 }, "cooldown"],
    [{ hasConversation: true }, "conversation_exists"],
    [{ typing: true }, "typing"],
    [{ itemCount: 0 }, "empty_cart"],
    [{ cartValue: 999 }, "below_min_cart_value"],
    [{ cartValue: null }, "below_min_cart_value"],
  ])("refuses %o with %s", (change, reason) => {
    expect(proactiveDecision({ ...ok, ...change })).toEqual({ open: false, reason });
  });
  it("allows a second open after the cooldown when the site allows two", () => {
    expect(proactiveDecision({ ...ok, opens: 1, maxOpens: 2, msSinceLastOpen: 61 * 60_000 })).toEqual({ open: true });
  });
  it("allows an unknown cart value when there is no minimum", () => {
    expect(proactiveDecision({ ...ok, cartValue: null, itemCount: null, minCartValue: 0 })).toEqual({ open: true });
  });
  it("counts typing only with a focused field and recent input", () => {
    expect(isTyping(true, 1000, 2000)).toBe(true);
    expect(isTyping(true, 1000, 9000)).toBe(false);
    expect(isTyping(false, 1000, 1500)).toBe(false);
    expect(isTyping(true, null, 1500)).toBe(false);
  });
});
