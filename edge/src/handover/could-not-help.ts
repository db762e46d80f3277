import type { UIMessage } from "ai";

/**
 * "The agent could not help" for one assistant message: it called tools and every tool result
 * was a failure (an error part or an `{ ok: false }` output). A reply without tools does not count.
 */
export function assistantFailed(message: UIMessage): boolean {
  if (message.role !== "assistant") return false;
  const tools = message.parts.filter((part) => part.type.startsWith("tool-") || part.type === "dynamic-tool");
  if (tools.length === 0) return false;
  return tools.every((part) => {
    if (!("state" in part)) return false;
    if (part.state === "output-error") return true;
    return part.state === "output-available" && "output" in part && isFailure(part.output);
  });
}

const isFailure = (output: unknown) => typeof output === "object" && output !== null && Reflect.get(output, "ok") === false;

/** The last two assistant replies since the platform last spoke (a handover notice, a hand-back) both failed. */
export function couldNotHelpTwice(messages: UIMessage[]): boolean {
  const lastPlatform = messages.map(hasAuthor).lastIndexOf(true);
  const replies = messages.slice(lastPlatform + 1).filter((m) => m.role === "assistant");
  const lastTwo = replies.slice(-2);
  return lastTwo.length === 2 && lastTwo.every(assistantFailed);
}

export const hasAuthor = (m: UIMessage) => typeof m.metadata === "object" && m.metadata !== null && Reflect.has(m.metadata, "author");
