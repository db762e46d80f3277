import type { SignalType, WidgetConfig } from "../common/widget-types.ts";
import { isExitIntent, pushSample } from "../triggers/exit-intent.ts";
import { idleDueIn, pageMatches } from "../triggers/idle.ts";
import { BACK_GUARD_KEY, isBackIntent, isFastScrollUp, isReturnAfterAway, pushScroll, type ScrollSample } from "../triggers/touch-intent.ts";

/** Connects browser events to the pure trigger rules. `fire` returns true when the panel opened. */
export interface TriggerSink {
  fire(trigger: SignalType, data: Record<string, unknown>): boolean;
  signal(type: SignalType): void;
  cartReady(): boolean;
}

export interface Triggers {
  /** A route change: restart the time-on-page clock and re-evaluate idle and the back guard. */
  newPage(): void;
  /** The cart became known: the back guard may be armed now. */
  cartReady(): void;
  typing(): { focused: boolean; lastInputAt: number | null };
}

const editable = (el: Element | null) => !!el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.getAttribute("contenteditable") === "true");

export function wireTriggers(config: WidgetConfig, sink: TriggerSink): Triggers {
  const t = config.triggers;
  const touch = matchMedia("(pointer: coarse)").matches;
  // Time on the page counts from navigation start, not from when this script ran.
  let pageStart = performance.timeOrigin;
  let lastActivity = Date.now();
  let lastInputAt: number | null = null;
  let moves: number[] = [];
  let scrolls: ScrollSample[] = [];
  let hiddenAt: number | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let guardArmed = false;
  let closing = false;

  const scheduleIdle = () => {
    clearTimeout(idleTimer);
    const due = idleDueIn({ path: location.pathname, pages: t.pages, idleSeconds: t.idleSeconds, lastActivity, now: Date.now() });
    if (due === null) return;
    idleTimer = setTimeout(() => {
      if (idleDueIn({ path: location.pathname, pages: t.pages, idleSeconds: t.idleSeconds, lastActivity, now: Date.now() }) === 0) {
        sink.fire("idle", { idleSeconds: t.idleSeconds });
      } else scheduleIdle();
    }, due + 50);
  };
  const active = () => {
    lastActivity = Date.now();
  };
  for (const type of ["pointerdown", "keydown", "scroll", "touchstart", "wheel"]) addEventListener(type, active, { passive: true, capture: true });
  addEventListener("mousemove", (e) => {
    active();
    // Moves reported outside the viewport (while leaving) are not part of the path inside it.
    if (e.clientY >= 0) moves = pushSample(moves, e.clientY);
  }, { passive: true });
  addEventListener("input", (e) => {
    if (e.target instanceof Element && editable(e.target)) lastInputAt = Date.now();
  }, true);

  if (t.exitIntent) {
    document.addEventListener("mouseout", (e) => {
      if (e.relatedTarget !== null) return;
      const hit = isExitIntent({ leaveY: e.clientY, recentY: moves, msOnPage: Date.now() - pageStart, minSecondsOnPage: t.minSecondsOnPage });
      if (hit) sink.fire("exit_intent", { via: "pointer", y: e.clientY });
    });
  }
  // On touch screens exit intent is a fast flick up or the back button; `exitIntent: false` turns both off too.
  const touchExit = touch && t.exitIntent;
  if (touchExit) {
    // Scroll positions are read in the next frame, never inside the listener (no forced layout).
    // biome-ignore lint/correctness/noUnusedVariables: read by `frame ||=` below (one frame pending at most)
    let frame = 0;
    const sample = () => {
      frame = 0;
      const now = Date.now();
      scrolls = pushScroll(scrolls, { y: scrollY, t: now });
      if (isFastScrollUp(scrolls, now, document.documentElement.scrollHeight - innerHeight)) {
        scrolls = [];
        sink.fire("exit_intent", { via: "scroll_up" });
      }
    };
    addEventListener("scroll", () => {
      frame ||= requestAnimationFrame(sample);
    }, { passive: true });
    addEventListener("popstate", (e) => {
      if (!isBackIntent(guardArmed, e.state)) return;
      guardArmed = false;
      // Not opened (caps): let the back navigation the shopper asked for happen.
      if (!sink.fire("exit_intent", { via: "back_button" })) history.back();
    });
  }
  const armGuard = () => {
    if (!touchExit || guardArmed || !sink.cartReady() || !pageMatches(location.pathname, t.pages)) return;
    history.pushState({ ...(typeof history.state === "object" ? history.state : {}), [BACK_GUARD_KEY]: true }, "", location.href);
    guardArmed = true;
  };

  document.addEventListener("visibilitychange", () => {
    const now = Date.now();
    if (document.visibilityState === "hidden") {
      hiddenAt = now;
      // Closing the tab: page_close already said it (pagehide comes first per the HTML spec).
      if (!closing) sink.signal("tab_hidden");
      return;
    }
    sink.signal("tab_visible");
    if (touch && isReturnAfterAway(hiddenAt, now)) sink.fire("tab_visible", { via: "returned", awayMs: now - (hiddenAt ?? now) });
    hiddenAt = null;
  });
  addEventListener("pagehide", () => {
    closing = true;
    sink.signal("page_close");
  });
  addEventListener("pageshow", () => (closing = false));

  const startPage = (routeChange: boolean) => {
    if (routeChange) pageStart = Date.now();
    lastActivity = Date.now();
    moves = [];
    scheduleIdle();
    armGuard();
  };
  startPage(false);
  return {
    newPage: () => startPage(true),
    cartReady: armGuard,
    typing: () => ({ focused: editable(document.activeElement), lastInputAt }),
  };
}
