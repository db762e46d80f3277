/** Touch devices have no pointer leaving the window: a fast scroll up, back-button and switching away count. */
export interface ScrollSample {
  y: number;
  t: number;
}

export const FAST_SCROLL = { windowMs: 350, minDistancePx: 240, minSpeedPxPerMs: 1.2 } as const;

/**
 * The flick a page allows: 240 px at 1.2 px/ms where the page scrolls far enough, else 60% of what
 * it can scroll (at least 48 px), with the speed scaled down alike (a short flick is slower).
 */
export function flickThreshold(maxScrollPx: number): { minDistancePx: number; minSpeedPxPerMs: number } {
  const minDistancePx = Math.round(Math.min(FAST_SCROLL.minDistancePx, Math.max(48, maxScrollPx * 0.6)));
  return { minDistancePx, minSpeedPxPerMs: Math.max(0.5, (FAST_SCROLL.minSpeedPxPerMs * minDistancePx) / FAST_SCROLL.minDistancePx) };
}

/** True when the page scrolled up far and fast within the recent window (the "looking for the exit" flick). */
export function isFastScrollUp(samples: readonly ScrollSample[], now: number, maxScrollPx = Infinity): boolean {
  const recent = samples.filter((s) => now - s.t <= FAST_SCROLL.windowMs);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last || last.t === first.t) return false;
  const up = first.y - last.y;
  const need = flickThreshold(maxScrollPx);
  return up >= need.minDistancePx && up / (last.t - first.t) >= need.minSpeedPxPerMs;
}

export function pushScroll(samples: readonly ScrollSample[], s: ScrollSample): ScrollSample[] {
  return [...samples.filter((x) => s.t - x.t <= FAST_SCROLL.windowMs), s];
}

/** Coming back to the tab after being away at least this long is a "came back, still unsure" moment. */
export const RETURN_AFTER_MS = 4000;

export function isReturnAfterAway(hiddenAt: number | null, visibleAt: number): boolean {
  return hiddenAt !== null && visibleAt - hiddenAt >= RETURN_AFTER_MS;
}

/** The guard entry pushed on touch devices: going back past it is back-button intent. */
export const BACK_GUARD_KEY = "cartSaverGuard";

export function isBackIntent(guardArmed: boolean, state: unknown): boolean {
  if (!guardArmed) return false;
  return !(typeof state === "object" && state !== null && BACK_GUARD_KEY in state);
}
