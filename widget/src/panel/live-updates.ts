import { effect } from "@preact/signals-core";
import type { PanelHost } from "../common/widget-types.ts";
import type { ChatModel } from "./chat-model.ts";
import { fromUIMessage } from "./ui-message.ts";

/**
 * While the panel is open, listens to GET /v1/sessions/:id/events (server-sent events) and appends
 * what the store's team writes. `after` asks for what came after the panel's last message; the
 * browser's EventSource reconnects by itself and sends the last event id it saw. A 4xx (session
 * gone, token expired) ends it.
 */
export function liveUpdates(host: PanelHost, chat: ChatModel): () => void {
  return effect(() => {
    if (!chat.open.value) return;
    const last = chat.messages.peek().slice(-1)[0]?.id;
    const q = new URLSearchParams({ token: host.session.token, ...(last && { after: last }) });
    const source = new EventSource(`${host.edge}/v1/sessions/${host.session.sessionId}/events?${q}`);
    source.onmessage = (e) => {
      try {
        const m = fromUIMessage(JSON.parse(e.data));
        if (m) chat.receive(m);
      } catch {
        // not a message: ignore
      }
    };
    return () => source.close();
  });
}
