import { afterEach, describe, expect, it, vi } from "vitest";
import { runAgentTurn } from "../../../src/agent/run-agent-turn.ts";
import { testTurn } from "../../agent/agent-fixtures.ts";
import { userMessage } from "../../agent/scripted-model.ts";
import { demoStore, variants } from "../../store/demo-store-fixture.ts";
import { startFakeOpenAI, type FakeReply } from "./fake-openai-server.ts";

describe("MODEL=openai:<id> against a local chat-completions server", () => {
  const servers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function turnWith(script: FakeReply[]) {
    const server = await startFakeOpenAI(script);
    servers.push(server);
    const store = demoStore();
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const turn = testTurn(cart.id, { store });
    const env = { MODEL: "openai:gpt-fake", OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: server.baseURL };
    return { server, turn: { ...turn, input: { ...turn.input, env } } };
  }

  it("does a full tool round trip", async () => {
    const { server, turn } = await turnWith([
      { kind: "tool_calls", calls: [{ name: "getCart", arguments: "{}" }] },
      { kind: "text", text: "You have the Organic Cotton Tee in your cart." },
    ]);
    await runAgentTurn({ ...turn.input, messages: [userMessage("What's in my cart?")] }).text();

    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]?.model).toBe("gpt-fake");
    expect(server.requests[0]?.tools?.map((t) => t.function.name)).toContain("requestOffer");
    expect(server.requests[0]?.messages[0]).toMatchObject({ role: "system", content: expect.stringContaining("Never invent") });
    const toolMessage = server.requests[1]?.messages.find((m) => m.role === "tool");
    expect(toolMessage).toMatchObject({ tool_call_id: "call_0" });
    expect(String(toolMessage?.content)).toContain("Organic Cotton Tee");

    const assistant = turn.finished[0]?.at(-1);
    expect(assistant?.parts.map((p) => p.type).filter((t) => t !== "step-start")).toEqual(["tool-getCart", "text"]);
    expect(assistant?.parts.find((p) => p.type === "text")).toMatchObject({ text: "You have the Organic Cotton Tee in your cart." });
  });

  it.each([429, 500])("falls back to the built-in model on HTTP %i", async (status) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { server, turn } = await turnWith([{ kind: "error", status, message: "upstream says no" }]);
    await runAgentTurn({ ...turn.input, messages: [userMessage("What's in my cart?")] }).text();

    expect(server.requests).toHaveLength(1);
    expect(warn.mock.calls.flat().join(" ")).toContain(`HTTP ${status}`);
    const assistant = turn.finished[0]?.at(-1);
    expect(assistant?.role).toBe("assistant");
    const text = assistant?.parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join(" ") ?? "";
    expect(text.length).toBeGreaterThan(10);
    expect(assistant?.parts.some((p) => p.type.startsWith("tool-"))).toBe(true);
  });
});
