import { batch, effect, signal } from "@preact/signals-core";
import { createRef } from "preact";
import type { PanelHost } from "../common/widget-types.ts";
import type { ChatModel } from "./chat-model.ts";
import { createLogFollow } from "./log-follow.ts";
import { keepClearBoxes, type Placement, placePanel } from "./panel-place.ts";

/**
 * Open/minimised/closed, full-screen on small screens (the page behind does not scroll), where the
 * floating panel sits, and where focus goes. The panel re-renders synchronously when a signal
 * changes (mount-panel.tsx), so focus and scrolling can follow right after.
 */
export function createPanelUi(host: PanelHost, chat: ChatModel) {
  const media = matchMedia("(max-width: 480px)");
  const small = signal(media.matches);
  media.addEventListener("change", () => (small.value = media.matches));
  const place = signal<Placement | null>(null);
  const follow = createLogFollow();
  const refs = {
    dialog: createRef<HTMLDivElement>(),
    input: createRef<HTMLTextAreaElement>(),
    log: createRef<HTMLDivElement>(),
  };
  const html = document.documentElement.style;
  let saved: [string, string] | null = null;
  effect(() => {
    const lock = chat.open.value && small.value;
    if (lock && !saved) {
      saved = [html.getPropertyValue("overflow"), html.getPropertyPriority("overflow")];
      html.setProperty("overflow", "hidden", "important");
    } else if (!lock && saved) {
      html.setProperty("overflow", ...saved);
      saved = null;
    }
  });
  return {
    small,
    place,
    follow,
    refs,
    /** Opened by the shopper: focus goes to the text box; a proactive open focuses the dialog. */
    show(byShopper: boolean): void {
      if (chat.open.value) return;
      batch(() => {
        place.value = small.value ? null : placePanel(innerWidth, innerHeight, keepClearBoxes(), host.rtl);
        chat.open.value = true;
        chat.unread.value = 0;
      });
      follow.toBottom();
      (byShopper ? refs.input.current : refs.dialog.current)?.focus({ preventScroll: true });
      host.remember(true, false);
      host.emit("open");
    },
    /** Minimise keeps the conversation going (unread badge); close also stops proactive opens. */
    hide(dismiss: boolean): void {
      if (!chat.open.value) return;
      chat.open.value = false;
      host.launcher.focus();
      host.remember(false, dismiss);
      host.signal("widget_closed", { dismissed: dismiss });
      host.emit("close");
    },
  };
}

export type PanelUi = ReturnType<typeof createPanelUi>;
