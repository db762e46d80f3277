/** @jsxImportSource preact */
import type { RefObject } from "preact";
import type { ChatModel } from "./chat-model.ts";
import { fill } from "./i18n.ts";
import { Markdown } from "./markdown-view.tsx";
import type { ViewCtx } from "./views/product-card.tsx";
import { ToolView } from "./views/tool-view.tsx";

export function MessageList({ chat, ctx, greeting, name, logRef }: { chat: ChatModel; ctx: ViewCtx; greeting: string; name: string; logRef: RefObject<HTMLDivElement | null> }) {
  const list = chat.messages.value;
  const last = list[list.length - 1];
  const waiting = chat.streaming.value && !(last?.role === "assistant" && last.parts.some((p) => p.kind === "text" && p.text));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable log must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
    <div class="log" role="log" ref={logRef} tabIndex={0}>
      {list.length === 0 && !chat.streaming.value && greeting && (
        <div class="msg assistant">
          <Markdown text={greeting} origins={ctx.origins} base={ctx.base} />
        </div>
      )}
      {list.map((m) => (
        <div class={`msg ${m.role}`} data-role={m.role} data-by={m.by} key={m.id}>
          {m.by && <small class="by">{m.by}</small>}
          {m.parts.map((p) =>
            p.kind === "text" ? (
              m.role === "user" ? <p>{p.text}</p> : <Markdown text={p.text} origins={ctx.origins} base={ctx.base} />
            ) : (
              <ToolView part={p} ctx={ctx} />
            ),
          )}
        </div>
      ))}
      {waiting && (
        <div class="typing" role="status" aria-label={fill(ctx.t.typing, { name })}>
          <i />
          <i />
          <i />
        </div>
      )}
    </div>
  );
}
