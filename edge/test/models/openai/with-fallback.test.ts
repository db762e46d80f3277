import type { LanguageModelV3, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { APICallError } from "@ai-sdk/provider";
import { MockLanguageModelV3, convertReadableStreamToArray, simulateReadableStream } from "ai/test";
import { describe, expect, it } from "vitest";
import { withFallback } from "../../../src/models/with-fallback.ts";

const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };
const finish: LanguageModelV3StreamPart = { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage };
const said = (text: string): LanguageModelV3StreamPart[] => [
  { type: "stream-start", warnings: [] },
  { type: "text-start", id: "t" },
  { type: "text-delta", id: "t", delta: text },
  { type: "text-end", id: "t" },
  finish,
];
const streamOf = (parts: LanguageModelV3StreamPart[]) => ({ stream: simulateReadableStream({ chunks: parts, initialDelayInMs: null, chunkDelayInMs: null }) });
const call = { prompt: [{ role: "user" as const, content: [{ type: "text" as const, text: "hi" }] }] };

async function textOf(model: LanguageModelV3, options = call) {
  const { stream } = await model.doStream(options);
  const parts = await convertReadableStreamToArray(stream);
  return parts.flatMap((p) => (p.type === "text-delta" ? [p.delta] : p.type === "error" ? [`error:${String(p.error)}`] : [])).join("");
}

function harness(primary: MockLanguageModelV3, timeoutMs = 1000) {
  const logs: string[] = [];
  const fallback = new MockLanguageModelV3({ doStream: async () => streamOf(said("builtin")) });
  const model = withFallback(primary, fallback, { firstContentTimeoutMs: timeoutMs, log: (m) => logs.push(m) });
  return { model, logs, fallback };
}

describe("withFallback", () => {
  it("passes the primary's stream through when it works", async () => {
    const { model, logs } = harness(new MockLanguageModelV3({ doStream: async () => streamOf(said("primary")) }));
    expect(await textOf(model)).toBe("primary");
    expect(logs).toEqual([]);
  });

  it("falls back when the call rejects, and stays on the fallback for the rest of the turn", async () => {
    const primary = new MockLanguageModelV3({
      doStream: async () => {
        throw new APICallError({ message: "Too Many Requests", url: "u", requestBodyValues: {}, statusCode: 429 });
      },
    });
    const { model, logs } = harness(primary);
    expect(await textOf(model)).toBe("builtin");
    expect(await textOf(model)).toBe("builtin");
    expect(primary.doStreamCalls).toHaveLength(1);
    expect(logs.join()).toContain("HTTP 429");
  });

  it("falls back on an error part before any content, not after", async () => {
    const early = harness(new MockLanguageModelV3({ doStream: async () => streamOf([{ type: "stream-start", warnings: [] }, { type: "error", error: "overloaded" }]) }));
    expect(await textOf(early.model)).toBe("builtin");
    const late = harness(
      new MockLanguageModelV3({ doStream: async () => streamOf([{ type: "text-start", id: "t" }, { type: "text-delta", id: "t", delta: "part" }, { type: "error", error: "cut" }]) }),
    );
    expect(await textOf(late.model)).toBe("parterror:cut");
    expect(late.logs).toEqual([]);
  });

  it("abandons a primary that produces nothing in time", async () => {
    const silent = new MockLanguageModelV3({
      doStream: async (options) => ({
        stream: new ReadableStream<LanguageModelV3StreamPart>({
          start(controller) {
            options.abortSignal?.addEventListener("abort", () => controller.error(options.abortSignal?.reason));
          },
        }),
      }),
    });
    const { model, logs } = harness(silent, 30);
    expect(await textOf(model)).toBe("builtin");
    expect(logs.join()).toContain("TimeoutError");
  });

  it("does not fall back when the caller aborted", async () => {
    const controller = new AbortController();
    const primary = new MockLanguageModelV3({
      doStream: async () => {
        controller.abort();
        throw new DOMException("aborted", "AbortError");
      },
    });
    const { model, fallback } = harness(primary);
    await expect(model.doStream({ ...call, abortSignal: controller.signal })).rejects.toThrow("aborted");
    expect(fallback.doStreamCalls).toHaveLength(0);
  });
});
