import type { LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";

export type ScriptStep = { tools: { name: string; input: object }[] } | { text: string };

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 5, text: 5, reasoning: 0 },
};

function partsOf(step: ScriptStep, index: number): LanguageModelV3StreamPart[] {
  if ("text" in step) {
    const id = `text-${index}`;
    const words = step.text.match(/\S+\s*/g) ?? [step.text];
    return [
      { type: "stream-start", warnings: [] },
      { type: "text-start", id },
      ...words.map((delta): LanguageModelV3StreamPart => ({ type: "text-delta", id, delta })),
      { type: "text-end", id },
      { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
    ];
  }
  return [
    { type: "stream-start", warnings: [] },
    ...step.tools.map(
      (call, n): LanguageModelV3StreamPart => ({
        type: "tool-call",
        toolCallId: `call-${index}-${n}`,
        toolName: call.name,
        input: JSON.stringify(call.input),
      }),
    ),
    { type: "finish", finishReason: { unified: "tool-calls", raw: "tool_calls" }, usage },
  ];
}

/** A MockLanguageModelV3 that plays one scripted step per model call. */
export function scriptedModel(steps: ScriptStep[]) {
  return new MockLanguageModelV3({
    doStream: steps.map((step, index) => ({
      stream: simulateReadableStream({ chunks: partsOf(step, index), initialDelayInMs: null, chunkDelayInMs: null }),
    })),
  });
}

export function userMessage(text: string, id = `user-${text.length}`) {
  return { id, role: "user" as const, parts: [{ type: "text" as const, text }] };
}
