import { validateUIMessages, type UIMessage } from "ai";
import { z } from "zod";

const MessageRow = z.object({ id: z.string(), body: z.string() });
type MessageRow = z.infer<typeof MessageRow>;

/**
 * The messages one Durable Object instance wrote or validated, by id, with the exact body stored:
 * reading the same body again skips the AI SDK's validation of what the code itself produced, and
 * writing the same body again is skipped. Anything else (a cold instance, a changed row) is validated.
 */
export class KnownMessages {
  private readonly bodies = new Map<string, { body: string; message: UIMessage }>();

  /** Whether the row with this id already holds exactly this body. */
  holds(id: string, body: string): boolean {
    return this.bodies.get(id)?.body === body;
  }

  remember(body: string, message: UIMessage): void {
    this.bodies.set(message.id, { body, message: structuredClone(message) });
  }

  /** The rows as messages: copies when every body is known, else the validated rows. */
  async read(rows: Record<string, SqlStorageValue>[]): Promise<UIMessage[]> {
    if (rows.length === 0) return [];
    const parsed = rows.map((row) => MessageRow.parse(row));
    const known: UIMessage[] = [];
    for (const row of parsed) {
      const hit = this.bodies.get(row.id);
      if (hit?.body !== row.body) return this.validate(parsed);
      known.push(structuredClone(hit.message));
    }
    return known;
  }

  private async validate(rows: MessageRow[]): Promise<UIMessage[]> {
    const messages = await validateUIMessages({ messages: rows.map((row) => JSON.parse(row.body)) });
    rows.forEach((row, i) => {
      const message = messages[i];
      if (message?.id === row.id) this.remember(row.body, message);
    });
    return messages;
  }
}
