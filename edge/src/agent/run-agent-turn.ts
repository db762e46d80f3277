import type { LanguageModelV3 } from "@ai-sdk/provider";
import {
  convertToModelMessages,
  createUIMessageStream,
  createUIMessageStreamResponse,
  InvalidToolInputError,
  NoSuchToolError,
  stepCountIs,
  streamText,
  type UIMessage,
} from "ai";
import { selectModel } from "../models/select-model.ts";
import type { TurnInput } from "./agent-context.ts";
import { earlierContext } from "./conversation-window.ts";
import { buildInstructions } from "./instructions.ts";
import { openerPrompt } from "./opener-prompt.ts";
import { createTools } from "./tools/index.ts";

export const maxSteps = 6;
const safeErrorText = "Sorry, something went wrong on our side. Please try again in a moment.";

export interface AgentTurnOptions {
  /** Overrides the model `input.env` selects (tests, evaluations). */
  model?: LanguageModelV3;
}

/** Errors in the model's own tool calls are safe to show (and the model needs them next turn). */
function onError(error: unknown): string {
  if (NoSuchToolError.isInstance(error) || InvalidToolInputError.isInstance(error)) {
    console.warn(`[agent] rejected tool call: ${error.message}`);
    return error.message;
  }
  console.error("[agent] turn failed:", error);
  return safeErrorText;
}

/**
 * One agent turn for every model: the history plus the new message in, a UI message stream
 * (SSE) out; `input.onFinish` receives the full history with the new assistant message.
 */
export function runAgentTurn(input: TurnInput, options: AgentTurnOptions = {}): Response {
  const model = options.model ?? selectModel(input.env);
  const tools = createTools(input);
  const opener = input.opener ?? null;
  const { site, session } = input;

  const stream = createUIMessageStream<UIMessage>({
    originalMessages: input.messages,
    generateId: () => crypto.randomUUID(),
    onError,
    onFinish: ({ messages }) => input.onFinish(messages),
    execute: async ({ writer }) => {
      const history = await convertToModelMessages(input.messages, { tools, ignoreIncompleteToolCalls: true });
      const proactive = opener !== null || history.length === 0;
      const messages = proactive ? [...history, openerPrompt(opener)] : history;
      const result = streamText({
        model,
        system: [
          buildInstructions({ site, session, opener: proactive ? (opener ?? { trigger: "widget_opened", page: null }) : null }),
          earlierContext(session, input.omittedMessages ?? 0),
        ]
          .filter((part) => part !== null)
          .join("\n"),
        messages,
        tools,
        stopWhen: stepCountIs(maxSteps),
        abortSignal: input.abortSignal,
        providerOptions: {
          cartSaver: {
            siteName: site.brand.storeName ?? site.name,
            assistantName: site.brand.assistantName,
            tone: site.brand.tone,
            language: site.brand.language === "auto" ? session.language : site.brand.language,
            opener: proactive ? { trigger: opener?.trigger ?? "widget_opened", page: opener?.page ?? null } : null,
            currency: "EUR",
            page: session.page,
          },
        },
        onError: ({ error }) => {
          console.error("[agent] model stream failed:", error);
        },
      });
      writer.merge(result.toUIMessageStream({ onError }));
    },
  });
  return createUIMessageStreamResponse({ stream });
}
