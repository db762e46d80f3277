import {
  APICallError,
  type LanguageModelV3,
  type LanguageModelV3CallOptions,
  type LanguageModelV3StreamPart,
  type LanguageModelV3StreamResult,
} from "@ai-sdk/provider";
import { deadline } from "../http/deadline.ts";

export interface FallbackOptions {
  /** A primary that has produced no content after this long is abandoned. Default 20 s. */
  firstContentTimeoutMs?: number;
  log?: (message: string) => void;
}

const preamble = new Set<LanguageModelV3StreamPart["type"]>(["stream-start", "response-metadata", "raw"]);

function describe(error: unknown): string {
  if (APICallError.isInstance(error)) return `HTTP ${error.statusCode ?? "?"}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Serves a call with `fallback` when `primary` fails before producing any content: the call
 * rejects, the stream errors, or nothing arrives in time (429, 5xx, timeouts, bad keys). Once
 * it failed over, later calls (the next steps of the same turn) go straight to `fallback`.
 * A call the caller aborted is never retried.
 */
export function withFallback(primary: LanguageModelV3, fallback: LanguageModelV3, options: FallbackOptions = {}): LanguageModelV3 {
  const timeoutMs = options.firstContentTimeoutMs ?? 20_000;
  const log = options.log ?? ((message: string) => console.warn(message));
  let failedOver = false;

  const failOver = (error: unknown, call: LanguageModelV3CallOptions) => {
    if (call.abortSignal?.aborted) throw error;
    failedOver = true;
    log(`[model] ${primary.provider}/${primary.modelId} failed (${describe(error)}); the built-in model answers instead.`);
  };

  return {
    specificationVersion: "v3",
    provider: primary.provider,
    modelId: primary.modelId,
    get supportedUrls() {
      return primary.supportedUrls;
    },
    async doGenerate(call) {
      if (failedOver) return fallback.doGenerate(call);
      try {
        return await primary.doGenerate(call);
      } catch (error) {
        failOver(error, call);
        return fallback.doGenerate(call);
      }
    },
    async doStream(call) {
      if (failedOver) return fallback.doStream(call);
      const firstContent = deadline(timeoutMs);
      const signal = call.abortSignal ? AbortSignal.any([call.abortSignal, firstContent.signal]) : firstContent.signal;
      try {
        const started = await primary.doStream({ ...call, abortSignal: signal });
        const opened = await untilContent(started);
        if (opened.ok) return opened.result;
        failOver(opened.error, call);
      } catch (error) {
        failOver(error, call);
      } finally {
        firstContent.clear();
      }
      return fallback.doStream(call);
    },
  };
}

/** Reads the stream up to its first content part; an error before that is reported, not streamed. */
async function untilContent(
  started: LanguageModelV3StreamResult,
): Promise<{ ok: true; result: LanguageModelV3StreamResult } | { ok: false; error: unknown }> {
  const reader = started.stream.getReader();
  const head: LanguageModelV3StreamPart[] = [];
  for (;;) {
    let next: ReadableStreamReadResult<LanguageModelV3StreamPart>;
    try {
      next = await reader.read();
    } catch (error) {
      return { ok: false, error };
    }
    if (next.done) break;
    if (next.value.type === "error") {
      void reader.cancel().catch(() => undefined);
      return { ok: false, error: next.value.error };
    }
    head.push(next.value);
    if (!preamble.has(next.value.type)) break;
  }
  const stream = new ReadableStream<LanguageModelV3StreamPart>({
    start(controller) {
      for (const part of head) controller.enqueue(part);
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { ok: true, result: { ...started, stream } };
}
