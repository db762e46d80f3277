import { stepCountIs, streamText, type ModelMessage } from "ai";
import { createBuiltinModel } from "../../../src/models/builtin/builtin-model.ts";
import { createStubTools, type Offer } from "./contract-stub-tools.ts";

export type CartSaverOptionsInput = { language?: "en" | "de" | null; opener?: { trigger: string; page: string | null } | null; tone?: string };

/** Drives the built-in model through the real streamText loop, as run-agent-turn does. */
export async function runBuiltin(messages: ModelMessage[], options: { offer?: Offer; cartSaver?: CartSaverOptionsInput } = {}) {
  const { tools, calls } = createStubTools({ offer: options.offer });
  const result = streamText({
    model: createBuiltinModel(),
    system: "You are Mia, the store's assistant.",
    messages,
    tools,
    stopWhen: stepCountIs(6),
    providerOptions: { cartSaver: { siteName: "Demo Store", assistantName: "Mia", tone: "friendly", language: null, opener: null, currency: "EUR", ...options.cartSaver } },
  });
  const text = await result.text;
  const response = await result.response;
  return { text, calls, messages: response.messages };
}

/** A follow-up turn: the earlier turn's messages, then the shopper's next words. */
export function continueWith(history: ModelMessage[], text: string): ModelMessage[] {
  return [...history, { role: "user", content: text }];
}
