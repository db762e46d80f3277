import { z } from "zod";

/** One transcript line as the inbox shows it. */
const Part = z.looseObject({ type: z.string(), text: z.string().optional() });
const Message = z.looseObject({
  id: z.string(),
  role: z.enum(["user", "assistant", "system"]),
  metadata: z.looseObject({ author: z.string().optional(), name: z.string().optional() }).optional().catch(undefined),
  parts: z.array(Part),
});

type Speaker = "shopper" | "assistant" | "platform" | "human";
function authorOf(role: string, author: string | undefined): Speaker {
  if (role === "user") return "shopper";
  return author === "human" || author === "platform" ? author : "assistant";
}

/** What the inbox reads of the Session Durable Object's view (parsed: it crosses the RPC boundary). */
export const InboxView = z.object({
  siteId: z.string(),
  cartId: z.string(),
  state: z.string(),
  handoverReason: z.string().nullable(),
  objections: z.array(z.string()),
  messages: z.array(Message).transform((messages) =>
    messages.map((m) => ({
      id: m.id,
      role: m.role,
      author: authorOf(m.role, m.metadata?.author),
      name: m.metadata?.name ?? null,
      text: m.parts.map((p) => (p.type === "text" ? (p.text ?? "") : "")).join("").trim(),
    })),
  ),
});
export type InboxView = z.infer<typeof InboxView>;
export type TranscriptLine = InboxView["messages"][number];
