import { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema, type UIMessageChunk } from "ai";
import { describe, expect, it } from "vitest";
import { runAgentTurn } from "../../src/agent/run-agent-turn.ts";
import type { CartSaverUIMessage } from "../../src/agent/ui-message.ts";
import { demoStore, variants } from "../store/demo-store-fixture.ts";
import { testTurn } from "./agent-fixtures.ts";
import { scriptedModel, userMessage } from "./scripted-model.ts";

/** What the widget does: parse the SSE body with the AI SDK's own chunk schema and fold it into a message. */
async function readReply(response: Response): Promise<CartSaverUIMessage[]> {
  if (!response.body) throw new Error("no body");
  const chunks = parseJsonEventStream({ stream: response.body, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream<{ success: true; value: UIMessageChunk } | { success: false; error: unknown }, UIMessageChunk>({
      transform(result, controller) {
        if (!result.success) throw result.error;
        controller.enqueue(result.value);
      },
    }),
  );
  const snapshots: CartSaverUIMessage[] = [];
  for await (const message of readUIMessageStream<CartSaverUIMessage>({ stream: chunks, terminateOnError: true })) {
    snapshots.push(structuredClone(message));
  }
  return snapshots;
}

describe("the AI SDK client reading the agent's stream", () => {
  it("receives typed tool parts and streamed text", async () => {
    const store = demoStore();
    const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]);
    const turn = testTurn(cart.id, { store });
    const model = scriptedModel([
      { tools: [{ name: "checkStock", input: { size: "42.5" } }] },
      { text: "Size 42.5 is sold out, but 43 is in stock." },
    ]);
    const response = runAgentTurn({ ...turn.input, messages: [userMessage("Do you have 42.5?")] }, { model });
    const snapshots = await readReply(response);
    expect(snapshots.length).toBeGreaterThan(3);
    const final = snapshots.at(-1);
    expect(final?.role).toBe("assistant");
    const stock = final?.parts.find((p) => p.type === "tool-checkStock");
    expect(stock?.type === "tool-checkStock" && stock.state === "output-available" && stock.output.ok && stock.output.inStock).toBe(false);
    expect(stock?.type === "tool-checkStock" && stock.input).toEqual({ size: "42.5" });
    const text = final?.parts.filter((p) => p.type === "text").map((p) => (p.type === "text" ? p.text : ""));
    expect(text).toEqual(["Size 42.5 is sold out, but 43 is in stock."]);
    // The persisted reply is the one the client saw.
    expect(turn.finished[0]?.at(-1)?.id).toBe(final?.id);
  });
});
