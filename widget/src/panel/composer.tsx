/** @jsxImportSource preact */
import type { RefObject } from "preact";
import type { ChatModel } from "./chat-model.ts";
import type { Strings } from "./i18n.ts";

/** Quick replies for the common objections, then the text box (16px: no zoom on focus in iOS). */
export function Composer({ chat, t, inputRef, onSend }: { chat: ChatModel; t: Strings; inputRef: RefObject<HTMLTextAreaElement | null>; onSend: () => void }) {
  const submit = (e: Event) => {
    e.preventDefault();
    const input = inputRef.current;
    if (!input || chat.streaming.value) return;
    chat.send(input.value);
    input.value = "";
    onSend();
  };
  return (
    <>
      {!chat.hasUserMessage.value && !chat.streaming.value && (
        <div class="quick">
          {t.quick.map((q) => (
            <button
              type="button"
              onClick={() => {
                chat.send(q);
                onSend();
              }}
            >
              {q}
            </button>
          ))}
        </div>
      )}
      {chat.error.value && (
        <div class="error" role="alert">
          <span>{chat.error.value === "busy" ? t.busy : chat.error.value === "limited" ? t.limited : t.error}</span>
          <button type="button" onClick={() => chat.retry()}>
            {t.retry}
          </button>
        </div>
      )}
      <form class="composer" onSubmit={submit}>
        <textarea
          ref={inputRef}
          rows={1}
          aria-label={t.placeholder}
          placeholder={t.placeholder}
          maxLength={2000}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) submit(e);
          }}
        />
        <button type="submit" disabled={chat.streaming.value}>
          {t.send}
        </button>
      </form>
    </>
  );
}
