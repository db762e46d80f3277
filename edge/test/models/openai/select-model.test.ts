import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultOpenAIModel, selectModel } from "../../../src/models/select-model.ts";

describe("selectModel", () => {
  afterEach(() => vi.restoreAllMocks());

  it("uses the built-in model without an OpenAI key or with MODEL=builtin", () => {
    expect(selectModel({})).toMatchObject({ provider: "cart-saver", modelId: "builtin" });
    expect(selectModel({ MODEL: "builtin", OPENAI_API_KEY: "sk" })).toMatchObject({ modelId: "builtin" });
  });

  it("uses OpenAI chat completions with a key, the default model when MODEL is unset", () => {
    expect(selectModel({ OPENAI_API_KEY: "sk" })).toMatchObject({ provider: "openai.chat", modelId: defaultOpenAIModel });
    expect(selectModel({ MODEL: "openai:llama3.1", OPENAI_BASE_URL: "http://127.0.0.1:1/v1" })).toMatchObject({
      provider: "openai.chat",
      modelId: "llama3.1",
    });
  });

  it("warns and serves the built-in model for a malformed MODEL or a missing key", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(selectModel({ MODEL: "claude" })).toMatchObject({ modelId: "builtin" });
    expect(selectModel({ MODEL: "openai:gpt-4o" })).toMatchObject({ modelId: "builtin" });
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
