/** @jsxImportSource preact */
import type { PanelHost } from "../common/widget-types.ts";
import type { Channel, ChatModel } from "./chat-model.ts";
import { Composer } from "./composer.tsx";
import { trapTab } from "./focus-trap.ts";
import { strings } from "./i18n.ts";
import { MessageList } from "./message-list.tsx";
import type { PanelUi } from "./panel-ui.ts";

/**
 * The dialog (the launcher is the loader's, kept in sync by mount-panel.tsx). All state lives in
 * the chat and UI models (signals); this only renders.
 */
export function PanelApp({ host, chat, ui }: { host: PanelHost; chat: ChatModel; ui: PanelUi }) {
  const t = strings(host.lang);
  const name = host.config.brand.assistantName;
  const { dialog, input } = ui.refs;
  const open = chat.open.value;
  const modal = ui.small.value;
  const ctx = {
    t,
    locale: host.lang,
    origins: chat.linkOrigins.value,
    base: host.pageOrigin,
    signal: host.signal,
    consents: chat.consents.value,
    giveConsent: (id: string, channel: Channel, address: string) => void chat.giveConsent(id, channel, address),
  };
  const place = ui.place.value;
  return (
    <div class="root" dir={host.rtl ? "rtl" : "ltr"} lang={host.lang}>
      <div
        class={modal ? "panel full" : place?.side === "start" ? "panel start" : "panel"}
        style={place && !modal ? { height: `${place.height}px` } : undefined}
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
        <div class="logwrap">
          <MessageList chat={chat} ctx={ctx} greeting={host.config.brand.greeting} name={name} logRef={ui.refs.log} />
          {ui.follow.behind.value && (
            <button type="button" class="pill" onClick={() => ui.follow.toBottom()}>
              {t.newMessage} ↓
            </button>
          )}
        </div>
        <Composer chat={chat} t={t} inputRef={input} onSend={ui.follow.toBottom} />
      </div>
      <div class="sr" aria-live="polite">
        {chat.announcement.value}
      </div>
    </div>
  );
}
