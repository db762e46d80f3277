import { z } from "zod";
import { SignalType } from "../domain/session-state.ts";

export const maxMessageChars = 4000;

/** A new shopper message as the AI SDK client sends it: role user, text parts only. */
export const UserMessage = z.object({
  id: z.string().min(1).max(100),
  role: z.literal("user"),
  parts: z
    .array(z.object({ type: z.literal("text"), text: z.string().min(1).max(maxMessageChars) }))
    .min(1)
    .max(8)
    .refine((parts) => parts.reduce((n, part) => n + part.text.length, 0) <= maxMessageChars, {
      message: `at most ${maxMessageChars} characters in total`,
    }),
  metadata: z.unknown().optional(),
});
export type UserMessage = z.infer<typeof UserMessage>;

export const Opener = z.object({
  trigger: SignalType,
  page: z.string().max(2048).nullable().default(null),
});
export type Opener = z.infer<typeof Opener>;

/** POST /v1/chat: either the shopper's new message or a request for the proactive opener. */
export const ChatRequest = z.union([
  z.object({ sessionId: z.string().min(1).max(128), message: UserMessage }),
  z.object({ sessionId: z.string().min(1).max(128), opener: Opener }),
]);
export type ChatRequest = z.infer<typeof ChatRequest>;
