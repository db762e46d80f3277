import { signal } from "@preact/signals-core";

/**
 * The message log follows the newest message while the shopper is at its end; once they scrolled
 * up, new content raises `behind` instead (the "new message" pill) and the position stays.
 */
export function createLogFollow() {
  const behind = signal(false);
  let log: HTMLElement | null = null;
  let stick = true;
  const toBottom = () => {
    stick = true;
    behind.value = false;
    if (log) log.scrollTop = log.scrollHeight;
  };
  return {
    behind,
    toBottom,
    attach(el: HTMLElement): void {
      log = el;
      el.addEventListener("scroll", () => {
        // A hidden log (minimised panel) reports 0 for everything: that is not scrolling up.
        if (!el.clientHeight) return;
        stick = el.scrollTop + el.clientHeight >= el.scrollHeight - 32;
        if (stick) behind.value = false;
      }, { passive: true });
      new MutationObserver(() => (stick ? toBottom() : (behind.value = true))).observe(el, { childList: true, subtree: true, characterData: true });
    },
  };
}
