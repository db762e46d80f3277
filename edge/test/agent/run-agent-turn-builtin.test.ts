import { describe, expect, it } from "vitest";
import { runAgentTurn } from "../../src/agent/run-agent-turn.ts";
import { demoStore, variants } from "../store/demo-store-fixture.ts";
import { testTurn } from "./agent-fixtures.ts";
import { userMessage } from "./scripted-model.ts";

/** The same loop with the default model (MODEL=builtin): the product works offline. */
describe("runAgentTurn with the built-in model", () => {
  const store = demoStore();

  it("opens proactively: reads the cart, names its product, persists only the reply", async () => {
    const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]);
    const turn = testTurn(cart.id, { store });
    await runAgentTurn({ ...turn.input, messages: [], opener: { trigger: "exit_intent", page: "/cart" } }).text();
    const history = turn.finished[0] ?? [];
    expect(history.map((m) => m.role)).toEqual(["assistant"]);
    const parts = history[0]?.parts ?? [];
    expect(parts.some((p) => p.type === "tool-getCart")).toBe(true);
    expect(parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join(" ")).toContain("Trail Runner GTX");
  });

  it("continues the conversation after the opener", async () => {
    const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]);
    const turn = testTurn(cart.id, { store });
    await runAgentTurn({ ...turn.input, messages: [], opener: { trigger: "idle", page: "/cart" } }).text();
    const opened = turn.finished[0] ?? [];
    await runAgentTurn({ ...turn.input, messages: [...opened, userMessage("How much is shipping to Germany?")] }).text();
    const history = turn.finished[1] ?? [];
    expect(history.map((m) => m.role)).toEqual(["assistant", "user", "assistant"]);
    expect(history[2]?.parts.some((p) => p.type === "tool-getShippingRates")).toBe(true);
  });
});
