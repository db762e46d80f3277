import type { LanguageModelV3Prompt } from "@ai-sdk/provider";
import { z } from "zod";

export type ToolExchange = { toolCallId: string; toolName: string; input: unknown; output: unknown; failed: boolean };

export interface PromptView {
  /** Text of every user message, oldest first (the current one last). */
  userTexts: string[];
  /** Tool calls and their results before the current user message, oldest first. */
  history: ToolExchange[];
  /** Tool calls and results of the previous turn (between the last two user messages). */
  previousTurn: ToolExchange[];
  /** Tool calls and results of the current turn (after the last user message). */
  turn: ToolExchange[];
  /** The assistant's last answer before the current message ("" when none). */
  lastAnswer: string;
  /** Assistant steps already taken in this turn. */
  stepsInTurn: number;
}

const JsonText = z.string().transform((text, ctx) => {
  try {
    return z.unknown().parse(JSON.parse(text));
  } catch {
    ctx.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});

/** Tool outputs arrive as { type: "json", value } (or text / error variants); unwrap to the tool's own result. */
function unwrapOutput(output: { type: string; value?: unknown }): { value: unknown; failed: boolean } {
  const failed = output.type.startsWith("error") || output.type === "execution-denied";
  if (output.type === "text" || output.type === "error-text") {
    const parsed = JsonText.safeParse(output.value);
    return { value: parsed.success ? parsed.data : output.value, failed };
  }
  return { value: output.value ?? null, failed };
}

/** Splits the model prompt into what the shopper said, what happened before, and this turn's tool work. */
export function readPrompt(prompt: LanguageModelV3Prompt): PromptView {
  let lastUser = -1;
  let previousUser = -1;
  prompt.forEach((message, index) => {
    if (message.role !== "user") return;
    previousUser = lastUser;
    lastUser = index;
  });
  const userTexts: string[] = [];
  const calls = new Map<string, { toolName: string; input: unknown; index: number }>();
  const history: ToolExchange[] = [];
  const turn: ToolExchange[] = [];
  const previousTurn: ToolExchange[] = [];
  let stepsInTurn = 0;
  let lastAnswer = "";
  prompt.forEach((message, index) => {
    if (message.role === "user") {
      const text = message.content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join(" ");
      userTexts.push(text);
    } else if (message.role === "assistant") {
      if (index > lastUser) stepsInTurn += 1;
      const text = message.content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join(" ");
      if (index < lastUser && text !== "") lastAnswer = text;
      for (const part of message.content) {
        if (part.type === "tool-call") calls.set(part.toolCallId, { toolName: part.toolName, input: part.input, index });
      }
    } else if (message.role === "tool") {
      for (const part of message.content) {
        if (part.type !== "tool-result") continue;
        const call = calls.get(part.toolCallId);
        const { value, failed } = unwrapOutput(part.output);
        const exchange = { toolCallId: part.toolCallId, toolName: part.toolName, input: call?.input ?? {}, output: value, failed };
        const at = call?.index ?? index;
        (at > lastUser ? turn : history).push(exchange);
        if (at > previousUser && at < lastUser) previousTurn.push(exchange);
      }
    }
  });
  return { userTexts, history, previousTurn, turn, stepsInTurn, lastAnswer };
}
