/** @jsxImportSource preact */
import { effect } from "@preact/signals-core";
import { render } from "preact";
import { textOn } from "../shared/contrast.ts";
import type { MountPanel } from "../shared/widget-types.ts";
import { createChatModel } from "./chat-model.ts";
import { PanelApp } from "./panel-app.tsx";
import { panelCss } from "./panel-styles.ts";
import { createPanelUi } from "./panel-ui.ts";
import { liveUpdates } from "./live-updates.ts";

/** The lazily loaded chunk's one export: renders the panel into the loader's shadow root. */
export const mountPanel: MountPanel = (host) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss(host.config.brand.color, textOn(host.config.brand.color)));
  host.root.adoptedStyleSheets = [...host.root.adoptedStyleSheets, sheet];
  const chat = createChatModel(host);
  const ui = createPanelUi(host, chat);
  liveUpdates(host, chat);
  const container = document.createElement("div");
  host.root.appendChild(container);
  // Every signal the tree reads during render is tracked: a change re-renders synchronously.
  effect(() => render(<PanelApp host={host} chat={chat} ui={ui} />, container));
  return {
    open({ opener, focus }) {
      const wasOpen = chat.open.value;
      ui.show(focus ?? false);
      if (!wasOpen) host.signal("widget_opened", { proactive: !!opener, trigger: opener?.trigger ?? null });
      if (opener) chat.opener(opener);
    },
    close: () => ui.hide(false),
  };
};
