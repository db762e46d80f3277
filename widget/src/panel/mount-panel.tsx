/** @jsxImportSource preact */
import { effect } from "@preact/signals-core";
import { render } from "preact";
import type { MountPanel } from "../common/widget-types.ts";
import { createChatModel } from "./chat-model.ts";
import { PanelApp } from "./panel-app.tsx";
import { panelCss } from "./panel-styles.ts";
import { createPanelUi } from "./panel-ui.ts";
import { liveUpdates } from "./live-updates.ts";
import { fill, strings } from "./i18n.ts";

/** The lazily loaded chunk's one export: renders the panel into the loader's shadow root. */
export const mountPanel: MountPanel = (host) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss);
  host.root.adoptedStyleSheets = [...host.root.adoptedStyleSheets, sheet];
  const chat = createChatModel(host);
  const ui = createPanelUi(host, chat);
  liveUpdates(host, chat);
  const container = document.createElement("div");
  host.root.appendChild(container);
  // Every signal the tree reads during render is tracked: a change re-renders synchronously.
  effect(() => render(<PanelApp host={host} chat={chat} ui={ui} />, container));
  if (ui.refs.log.current) ui.follow.attach(ui.refs.log.current);
  const t = strings(host.lang);
  const b = host.launcher;
  // The loader labelled the launcher ("Chat with Mia"); the panel adds the unread count.
  const label = b.getAttribute("aria-label");
  effect(() => {
    const open = chat.open.value;
    const unread = open ? 0 : chat.unread.value;
    // Full screen: the dialog covers everything, the launcher steps aside (Tab stays in the dialog).
    b.hidden = open && ui.small.value;
    b.setAttribute("aria-expanded", String(open));
    b.setAttribute("aria-label", label + (unread ? `, ${fill(t.unread, { n: unread })}` : ""));
    if (unread) b.dataset.n = String(unread);
    else delete b.dataset.n;
  });
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
