const FOCUSABLE = 'a[href],button:not([disabled]),textarea,input,select,[tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the dialog while it is modal (full-screen). Focus lives in the shadow root. */
export function trapTab(e: KeyboardEvent, dialog: HTMLElement): void {
  if (e.key !== "Tab") return;
  const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const root = dialog.getRootNode();
  const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  if (e.shiftKey && (active === first || active === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
