import { effect } from "@preact/signals-core";
import type { PanelHost } from "../shared/widget-types.ts";
import type { ChatModel } from "./chat-model.ts";
import { createSseParser } from "./sse-parser.ts";
import { fromUIMessage } from "./ui-message.ts";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * While the panel is open, listens to GET /v1/sessions/:id/events (server-sent events) and appends
 * what the store's team writes. Reconnects after a dropped stream, asking for what came after the
 * last message it has; stops on a 4xx (the session is gone or the token expired).
 */
export function liveUpdates(host: PanelHost, chat: ChatModel, fetcher: typeof fetch = fetch): () => void {
  let abort: AbortController | null = null;

  async function listen(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const last = chat.messages.value[chat.messages.value.length - 1]?.id;
      try {
        const res = await fetcher(`${host.edge}/v1/sessions/${host.session.sessionId}/events${last ? `?after=${encodeURIComponent(last)}` : ""}`, {
          credentials: "omit",
          headers: { authorization: `Bearer ${host.session.token}` },
          signal,
        });
        if (res.status >= 400 && res.status < 500) return;
        if (res.ok && res.body) {
          const parser = createSseParser((data) => {
            try {
              const m = fromUIMessage(JSON.parse(data));
              if (m) chat.receive(m);
            } catch {
              // not a message: ignore
            }
          });
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          for (let r = await reader.read(); !r.done; r = await reader.read()) parser.push(r.value);
        }
      } catch {
        // dropped or aborted: retry below unless the panel closed
      }
      await wait(3000);
    }
  }

  return effect(() => {
    if (chat.open.value && abort === null) {
      abort = new AbortController();
      void listen(abort.signal);
    } else if (!chat.open.value && abort) {
      abort.abort();
      abort = null;
    }
  });
}
