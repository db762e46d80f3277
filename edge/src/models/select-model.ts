import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import type { ModelEnv } from "../agent/agent-context.ts";
import { createBuiltinModel } from "./builtin/builtin-model.ts";
import { withFallback } from "./with-fallback.ts";

/** The OpenAI model used when OPENAI_API_KEY is set without MODEL. */
export const defaultOpenAIModel = "gpt-4o-mini";

/**
 * MODEL=builtin (the default without OPENAI_API_KEY) or MODEL=openai:<id> (chat completions, so
 * OPENAI_BASE_URL may point at any OpenAI-compatible server). A real LLM always falls back to
 * the built-in model when it fails.
 */
export function selectModel(env: ModelEnv): LanguageModelV3 {
  const spec = env.MODEL?.trim() || (env.OPENAI_API_KEY ? `openai:${defaultOpenAIModel}` : "builtin");
  if (spec === "builtin") return createBuiltinModel();
  const id = spec.startsWith("openai:") ? spec.slice("openai:".length).trim() : "";
  if (id === "") {
    console.warn(`[model] MODEL=${spec} is not "builtin" or "openai:<id>"; using the built-in model.`);
    return createBuiltinModel();
  }
  if (!env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
    console.warn(`[model] MODEL=${spec} needs OPENAI_API_KEY (or OPENAI_BASE_URL); using the built-in model.`);
    return createBuiltinModel();
  }
  // Local OpenAI-compatible servers accept any key; the provider insists on one.
  const openai = createOpenAI({ apiKey: env.OPENAI_API_KEY ?? "not-needed", baseURL: env.OPENAI_BASE_URL });
  return withFallback(openai.chat(id), createBuiltinModel());
}
