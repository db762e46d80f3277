import type { ConsentStorage } from "./consent-storage.ts";

/**
 * Whether the panel was open, for the next page load of this session. With storage allowed it is
 * kept in sessionStorage (it follows the shopper from cart to checkout); without, only in this
 * page's own history entry (history.state), which survives a reload (a cart change makes the store
 * reload the page) and nothing else: it is not shared with other pages and goes with the tab.
 */
const KEY = "cartSaverOpen";

const entryState = (): Record<string, unknown> | null => {
  const s: unknown = history.state;
  return s === null || s === undefined ? {} : typeof s === "object" && !Array.isArray(s) ? { ...s } : null;
};

export function rememberOpen(storage: ConsentStorage, sessionId: string, open: boolean): void {
  storage.set("session", `open:${sessionId}`, open ? "1" : "0");
  const state = entryState();
  // A host that keeps a non-object in history.state is left alone.
  if (state) history.replaceState({ ...state, [KEY]: open ? sessionId : null }, "");
}

export function wasOpen(storage: ConsentStorage, sessionId: string): boolean {
  const kept = storage.get("session", `open:${sessionId}`);
  return kept !== null ? kept === "1" : entryState()?.[KEY] === sessionId;
}
