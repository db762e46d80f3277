import { createUIMessageStream, createUIMessageStreamResponse, type UIMessage } from "ai";

/** A message the platform wrote (not a model), as the UI message stream the widget reads. */
export function textReply(message: UIMessage | null): Response {
  const stream = createUIMessageStream({
    execute: ({ writer }) => {
      if (message === null) return;
      writer.write({ type: "start", messageId: message.id, messageMetadata: message.metadata });
      for (const [i, part] of message.parts.entries()) {
        if (part.type !== "text") continue;
        writer.write({ type: "text-start", id: String(i) });
        writer.write({ type: "text-delta", id: String(i), delta: part.text });
        writer.write({ type: "text-end", id: String(i) });
      }
      writer.write({ type: "finish" });
    },
  });
  return createUIMessageStreamResponse({ stream });
}

export function platformMessage(text: string, metadata: Record<string, unknown>): UIMessage {
  return { id: crypto.randomUUID(), role: "assistant", metadata, parts: [{ type: "text", text }] };
}
