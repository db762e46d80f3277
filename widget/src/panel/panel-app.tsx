/** @jsxImportSource preact */
import type { PanelHost } from "../shared/widget-types.ts";
import type { ChatModel } from "./chat-model.ts";
import { Composer } from "./composer.tsx";
import { trapTab } from "./focus-trap.ts";
import { fill, strings } from "./i18n.ts";
import { MessageList } from "./message-list.tsx";
import type { PanelUi } from "./panel-ui.ts";

const ICON = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z";

/** Launcher and dialog. All state lives in the chat and UI models (signals); this only renders. */
export function PanelApp({ host, chat, ui }: { host: PanelHost; chat: ChatModel; ui: PanelUi }) {
  const t = strings(host.lang);
  const name = host.config.brand.assistantName;
  const { dialog, input, launcher } = ui.refs;
  const open = chat.open.value;
  const modal = ui.small.value;
  const ctx = { t, locale: host.lang, origins: chat.linkOrigins.value, base: host.pageOrigin, signal: host.signal };
  const unread = chat.unread.value;
  return (
    <div class="root" dir={host.rtl ? "rtl" : "ltr"} lang={host.lang}>
      {!(open && modal) && (
        <button
          type="button"
          class="launcher"
          ref={launcher}
          aria-label={fill(t.open, { name }) + (unread ? `, ${fill(t.unread, { n: unread })}` : "")}
          aria-expanded={open}
          onClick={() => (open ? ui.hide(false) : ui.show(true))}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d={ICON} />
          </svg>
          {unread > 0 && !open && (
            <span class="badge" aria-hidden="true">
              {unread}
            </span>
          )}
        </button>
      )}
      <div
        class={modal ? "panel full" : "panel"}
        role="dialog"
        aria-modal={modal ? "true" : undefined}
        aria-labelledby="cs-title"
        tabIndex={-1}
        hidden={!open}
        ref={dialog}
        onKeyDown={(e) => {
          if (e.key === "Escape") ui.hide(false);
          else if (modal && dialog.current) trapTab(e, dialog.current);
        }}
      >
        <header>
          <h2 id="cs-title">{name}</h2>
          <button type="button" aria-label={t.minimise} onClick={() => ui.hide(false)}>
            –
          </button>
          <button type="button" aria-label={t.close} onClick={() => ui.hide(true)}>
            ×
          </button>
        </header>
        <MessageList chat={chat} ctx={ctx} greeting={host.config.brand.greeting} name={name} />
        <Composer chat={chat} t={t} inputRef={input} />
      </div>
      <div class="sr" aria-live="polite">
        {chat.announcement.value}
      </div>
    </div>
  );
}
