import { batch, signal } from "@preact/signals-core";
import { createRef } from "preact";
import type { PanelHost } from "../shared/widget-types.ts";
import type { ChatModel } from "./chat-model.ts";

/**
 * Open/minimised/closed, full-screen on small screens, and where focus goes. The panel re-renders
 * synchronously when a signal changes (mount-panel.tsx), so focus can move right after.
 */
export function createPanelUi(host: PanelHost, chat: ChatModel) {
  const media = matchMedia("(max-width: 480px)");
  const small = signal(media.matches);
  media.addEventListener("change", () => (small.value = media.matches));
  const refs = {
    dialog: createRef<HTMLDivElement>(),
    input: createRef<HTMLTextAreaElement>(),
    launcher: createRef<HTMLButtonElement>(),
  };
  return {
    small,
    refs,
    /** Opened by the shopper: focus goes to the text box; a proactive open focuses the dialog. */
    show(byShopper: boolean): void {
      if (chat.open.value) return;
      batch(() => {
        chat.open.value = true;
        chat.unread.value = 0;
      });
      (byShopper ? refs.input.current : refs.dialog.current)?.focus();
      host.remember(true, false);
      host.emit("open");
    },
    /** Minimise keeps the conversation going (unread badge); close also stops proactive opens. */
    hide(dismiss: boolean): void {
      if (!chat.open.value) return;
      chat.open.value = false;
      refs.launcher.current?.focus();
      host.remember(false, dismiss);
      host.signal("widget_closed", { dismissed: dismiss });
      host.emit("close");
    },
  };
}

export type PanelUi = ReturnType<typeof createPanelUi>;
