/**
 * Desktop exit intent: the pointer leaves the window through the top edge while moving upwards,
 * after a minimum time on the page. A plain `mouseleave` (sideways, downwards, into devtools) is not one.
 */
export interface ExitIntentInput {
  /** clientY of the `mouseout` whose relatedTarget is null (the pointer left the document). */
  leaveY: number;
  /** clientY of recent `mousemove`s, oldest first. */
  recentY: readonly number[];
  msOnPage: number;
  minSecondsOnPage: number;
}

/** Pixels from the top edge that still count as leaving through it (fast moves skip rows). */
export const TOP_BAND_PX = 8;

export function isExitIntent(i: ExitIntentInput): boolean {
  if (i.msOnPage < i.minSecondsOnPage * 1000) return false;
  if (i.leaveY > TOP_BAND_PX) return false;
  const last = i.recentY[i.recentY.length - 1];
  const first = i.recentY[0];
  if (last === undefined || first === undefined) return false;
  // Moving upwards: the leave point is above the last move, and the recent path went up overall.
  return i.leaveY <= last && last <= first && i.leaveY < first;
}

/** Keeps the last few pointer heights for the direction check. */
export function pushSample(samples: readonly number[], y: number, keep = 4): number[] {
  return [...samples, y].slice(-keep);
}
