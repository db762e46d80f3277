import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3FinishReason,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
} from "@ai-sdk/provider";
import { composeAnswer } from "./answer/compose-answer.ts";
import { readCartSaverOptions } from "./cart-saver-options.ts";
import { planFollowUp } from "./plan-follow-up.ts";
import { planTools, type ToolRequest } from "./plan-tools.ts";
import { readPrompt } from "./read-prompt.ts";
import { stableId } from "./stable-id.ts";
import { buildTurnContext } from "./turn-context.ts";

type Reply = { kind: "tools"; calls: ToolRequest[] } | { kind: "text"; text: string };

/**
 * Decides one step: tool calls for a fresh message, maybe one more lookup, then the answer.
 * Pure function of the prompt and providerOptions.cartSaver, so the same conversation replays identically.
 */
function decide(options: LanguageModelV3CallOptions): Reply {
  const view = readPrompt(options.prompt);
  const toolNames = (options.tools ?? []).flatMap((tool) => (tool.type === "function" ? [tool.name] : []));
  const ctx = buildTurnContext(view, readCartSaverOptions(options.providerOptions), toolNames);
  if (options.toolChoice?.type !== "none") {
    const calls = view.stepsInTurn === 0 ? planTools(ctx) : planFollowUp(ctx);
    if (calls.length > 0) return { kind: "tools", calls };
  }
  return { kind: "text", text: composeAnswer(ctx) };
}

function usageOf(options: LanguageModelV3CallOptions, output: string): LanguageModelV3Usage {
  // No tokenizer: roughly four characters a token, enough for dashboards that sum usage.
  const input = Math.ceil(JSON.stringify(options.prompt).length / 4);
  const produced = Math.ceil(output.length / 4);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: produced, text: produced, reasoning: 0 },
  };
}

function toContent(reply: Reply, promptId: string): LanguageModelV3Content[] {
  if (reply.kind === "text") return [{ type: "text", text: reply.text }];
  return reply.calls.map((call, index) => ({
    type: "tool-call",
    toolCallId: `call_${promptId}_${index}`,
    toolName: call.toolName,
    input: JSON.stringify(call.input),
  }));
}

function finishReasonOf(reply: Reply): LanguageModelV3FinishReason {
  return reply.kind === "tools" ? { unified: "tool-calls", raw: "tool_calls" } : { unified: "stop", raw: "stop" };
}

export function createBuiltinModel(): LanguageModelV3 {
  const respond = (options: LanguageModelV3CallOptions) => {
    const reply = decide(options);
    const promptId = stableId(JSON.stringify(options.prompt));
    const content = toContent(reply, promptId);
    const usage = usageOf(options, JSON.stringify(content));
    return { reply, promptId, content, usage, finishReason: finishReasonOf(reply) };
  };
  return {
    specificationVersion: "v3",
    provider: "cart-saver",
    modelId: "builtin",
    supportedUrls: {},
    async doGenerate(options) {
      const { content, usage, finishReason } = respond(options);
      return { content, finishReason, usage, warnings: [] };
    },
    async doStream(options) {
      const { reply, promptId, content, usage, finishReason } = respond(options);
      const parts: LanguageModelV3StreamPart[] = [{ type: "stream-start", warnings: [] }];
      parts.push({ type: "response-metadata", id: `resp_${promptId}`, modelId: "builtin" });
      if (reply.kind === "text") {
        const id = `text_${promptId}`;
        parts.push({ type: "text-start", id });
        // The reply exists whole before it streams: one delta. Word-sized ones arrived at the same
        // moment but each took a trip through every stream stage, the Durable Object and the proxy.
        parts.push({ type: "text-delta", id, delta: reply.text });
        parts.push({ type: "text-end", id });
      } else {
        for (const part of content) if (part.type === "tool-call") parts.push(part);
      }
      parts.push({ type: "finish", finishReason, usage });
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      });
      return { stream };
    },
  };
}
