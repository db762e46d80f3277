import { describe, expect, it } from "vitest";
import { applyChunk, changedCart, fromUIMessage, textOf, type ViewMessage } from "../src/panel/ui-message.ts";

const empty: ViewMessage = { id: "tmp", role: "assistant", parts: [] };
const run = (chunks: Record<string, unknown>[]) => chunks.reduce(applyChunk, empty);
const cart = { id: "c1", lines: [], total: { amount: 100, currency: "EUR" } };

describe("UI message stream reducer", () => {
  it("builds text from start/delta chunks and takes the server's message id", () => {
    const m = run([
      { type: "start", messageId: "m1" },
      { type: "start-step" },
      { type: "text-start", id: "t1" },
      { type: "text-delta", id: "t1", delta: "Shipping to DE " },
      { type: "text-delta", id: "t1", delta: "costs €4.90." },
      { type: "text-end", id: "t1" },
      { type: "finish" },
    ]);
    expect(m.id).toBe("m1");
    expect(textOf(m)).toBe("Shipping to DE costs €4.90.");
  });

  it("tracks a tool call from input to output, in order with text", () => {
    const m = run([
      { type: "tool-input-start", toolCallId: "call1", toolName: "getShippingRates" },
      { type: "tool-input-available", toolCallId: "call1", toolName: "getShippingRates", input: {} },
      { type: "tool-output-available", toolCallId: "call1", output: { ok: true, rates: [] } },
      { type: "text-start", id: "t" },
      { type: "text-delta", id: "t", delta: "Here" },
    ]);
    expect(m.parts).toEqual([
      { kind: "tool", id: "call1", tool: "getShippingRates", state: "output", output: { ok: true, rates: [] } },
      { kind: "text", id: "t", text: "Here" },
    ]);
  });

  it("marks failed tools and ignores unknown chunks", () => {
    const m = run([
      { type: "tool-input-available", toolCallId: "c", toolName: "getCart", input: {} },
      { type: "tool-output-error", toolCallId: "c", errorText: "boom" },
      { type: "data-whatever", data: 1 },
      { nonsense: true },
    ]);
    expect(m.parts).toEqual([{ kind: "tool", id: "c", tool: "getCart", state: "error", output: undefined }]);
  });

  it("reports a changed cart for a swapped variant or a granted offer only", () => {
    const tool = (name: string, output: unknown) => ({ kind: "tool" as const, id: "x", tool: name, state: "output" as const, output });
    expect(changedCart(tool("changeCartLine", { ok: true, cart, line: {} }))).toEqual(cart);
    expect(changedCart(tool("requestOffer", { ok: true, granted: true, cart }))).toEqual(cart);
    expect(changedCart(tool("requestOffer", { ok: true, granted: false, reason: "holdout" }))).toBeNull();
    expect(changedCart(tool("changeCartLine", { ok: false, code: "out_of_stock", available: 0 }))).toBeNull();
    expect(changedCart(tool("getCart", { ok: true, cart }))).toBeNull();
  });

  it("restores stored UIMessages (text and typed tool parts)", () => {
    const m = fromUIMessage({
      id: "a1",
      role: "assistant",
      parts: [
        { type: "step-start" },
        { type: "tool-createCheckoutLink", toolCallId: "k", state: "output-available", input: {}, output: { ok: true, url: "https://s/x" } },
        { type: "text", text: "Here is your link." },
      ],
    });
    expect(m).toEqual({
      id: "a1",
      role: "assistant",
      parts: [
        { kind: "tool", id: "k", tool: "createCheckoutLink", state: "output", output: { ok: true, url: "https://s/x" } },
        { kind: "text", id: "2", text: "Here is your link." },
      ],
    });
    expect(fromUIMessage({ role: "system", parts: [] })).toBeNull();
    expect(fromUIMessage("junk")).toBeNull();
  });

  it("labels a person's reply with its byline (or name) and nothing else", () => {
    const person = (metadata: unknown) => fromUIMessage({ id: "h1", role: "assistant", metadata, parts: [{ type: "text", text: "Sam here." }] });
    expect(person({ author: "human", name: "Sam", byline: "Sam from Northwind Goods" })?.by).toBe("Sam from Northwind Goods");
    expect(person({ author: "human", name: "Sam" })?.by).toBe("Sam");
    expect(person({ author: "platform" })).not.toHaveProperty("by");
    expect(person(undefined)).not.toHaveProperty("by");
    expect(fromUIMessage({ role: "assistant", parts: [] })?.id).toMatch(/^[0-9a-z]+$/);
  });
});
