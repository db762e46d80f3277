import type { ModelMessage } from "ai";
import type { SignalType } from "../domain/session-state.ts";

/**
 * streamText refuses an empty message list, and an opener turn has no shopper message. The
 * model gets this note as a user turn; it is never part of the persisted history.
 */
export function openerPrompt(opener: { trigger: SignalType; page: string | null } | null): ModelMessage {
  const signal = opener ? `${opener.trigger}${opener.page ? ` on ${opener.page}` : ""}` : "widget_opened";
  return {
    role: "user",
    content: `[No message from the shopper yet. Signal: ${signal}. Open the conversation as instructed.]`,
  };
}
