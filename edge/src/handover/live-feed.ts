import type { UIMessage } from "ai";

const encoder = new TextEncoder();

/**
 * The open panels of one session (server-sent events from the Durable Object). A person's reply
 * is pushed to every open stream at once; a stream whose reader went away is dropped on write.
 */
export class LiveFeed {
  private readonly writers = new Set<WritableStreamDefaultWriter<Uint8Array>>();

  get open(): number {
    return this.writers.size;
  }

  /** A new stream; `backlog` (messages the panel may have missed) is sent first. */
  subscribe(backlog: UIMessage[], heartbeatMs = 15_000, onTick?: () => void): Response {
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const writer = writable.getWriter();
    this.writers.add(writer);
    void this.write(writer, ": open\n\n");
    for (const message of backlog) void this.write(writer, event(message));
    const timer = setInterval(() => {
      if (!this.writers.has(writer)) return clearInterval(timer);
      void this.write(writer, ": ping\n\n");
      onTick?.();
    }, heartbeatMs);
    return new Response(readable, {
      headers: { "content-type": "text/event-stream", "cache-control": "no-store", "x-accel-buffering": "no" },
    });
  }

  publish(message: UIMessage): void {
    for (const writer of this.writers) void this.write(writer, event(message));
  }

  private async write(writer: WritableStreamDefaultWriter<Uint8Array>, text: string): Promise<void> {
    try {
      await writer.write(encoder.encode(text));
    } catch {
      this.writers.delete(writer);
    }
  }
}

/** The id lets the browser's EventSource resume after the last message it saw (Last-Event-ID). */
const event = (message: UIMessage) => `id: ${message.id}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`;
