/**
 * Where the floating (desktop) panel goes so it leaves the page's primary action clickable: the
 * elements the page marks `data-cartsaver-keep-clear`. Beside the launcher at full height when that
 * covers none of them; else shorter, its top below the lowest of them (at least 320 px); else at
 * full height on the other side.
 */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
export interface Placement {
  side: "end" | "start";
  height: number;
}

export function placePanel(width: number, height: number, keepClear: readonly Box[], rtl: boolean): Placement {
  const w = Math.min(380, width - 32);
  const bottom = height - 88;
  const full = Math.min(600, height - 120);
  const left = rtl ? 16 : width - 16 - w;
  // Marked elements in view, beside the panel's column (8 px apart), above its bottom edge.
  const beside = keepClear.filter((b) => b.bottom > 0 && b.top < bottom && b.right > left - 8 && b.left < left + w + 8);
  const room = bottom - 8 - Math.max(-Infinity, ...beside.map((b) => b.bottom));
  return room >= full ? { side: "end", height: full } : room >= 320 ? { side: "end", height: Math.floor(room) } : { side: "start", height: full };
}

/** The marked elements' boxes, read when the panel opens (never in a page event listener). */
export function keepClearBoxes(): Box[] {
  return Array.from(document.querySelectorAll("[data-cartsaver-keep-clear]"), (el) => el.getBoundingClientRect());
}
