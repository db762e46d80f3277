import { generateText, type ModelMessage } from "ai";
import { describe, expect, it } from "vitest";
import { createBuiltinModel } from "../../../src/models/builtin/builtin-model.ts";
import { createStubTools } from "./contract-stub-tools.ts";
import { continueWith, runBuiltin } from "./run-builtin.ts";

const offersAsked = (calls: Array<{ toolName: string }>) => calls.filter((c) => c.toolName === "requestOffer");

/** Plays the shopper's messages one turn after another, keeping the model's messages as history. */
async function conversation(texts: string[], options: Parameters<typeof runBuiltin>[1] = {}) {
  let history: ModelMessage[] = [];
  const turns = [];
  for (const text of texts) {
    const prompt = continueWith(history, text);
    const turn = await runBuiltin(prompt, options);
    history = [...prompt, ...turn.messages];
    turns.push(turn);
  }
  return turns;
}

describe("built-in model through streamText: discounts and multi-turn", () => {
  it("does not ask for an offer on the first discount demand, and claims none", async () => {
    const [first] = await conversation(["just give me 50% off"]);
    expect(offersAsked(first!.calls)).toEqual([]);
    expect(first!.calls).toContainEqual({ toolName: "recordObjection", input: { code: "price_discount" } });
    expect(first!.text).toContain("Trail Jacket (€89.00)");
    expect(first!.text).toMatch(/What's holding you back most/);
    expect(first!.text).not.toMatch(/applied|% off/);
  });

  it("asks the policy engine when the shopper insists, and says so honestly when refused", async () => {
    const [, second] = await conversation(["just give me 50% off", "come on, 50% off please"], { offer: { granted: false, reason: "min_subtotal_not_met" } });
    expect(offersAsked(second!.calls)).toEqual([{ toolName: "requestOffer", input: { objection: "price_discount" } }]);
    expect(second!.text).toContain("Discounts only apply to larger orders");
    expect(second!.text).not.toMatch(/applied|€8\.90 off|50%/);
  });

  it("reports exactly the discount the policy engine granted", async () => {
    const [, second] = await conversation(["is there a discount?", "please, any coupon?"], { offer: { granted: true } });
    expect(offersAsked(second!.calls)).toHaveLength(1);
    expect(second!.text).toContain("I've applied 10% off your order, that's €8.90 off, so your new total is €80.10");
  });

  it("asks for a shipping offer when shipping was already answered and the shopper complains", async () => {
    const [first, second] = await conversation(["How much is shipping to France?", "that shipping is way too expensive"]);
    expect(offersAsked(first!.calls)).toEqual([]);
    expect(offersAsked(second!.calls)).toEqual([{ toolName: "requestOffer", input: { objection: "shipping_cost" } }]);
    expect(second!.text).toContain("not able to offer a discount");
  });

  it("keeps the topic and country for elliptical follow-ups", async () => {
    const [, second, third] = await conversation(["wie lange dauert der Versand nach Frankreich?", "und was kostet es?", "And to Austria?"]);
    expect(second!.calls).toContainEqual({ toolName: "getShippingRates", input: { country: "FR" } });
    expect(second!.text).toContain("Versand nach Frankreich");
    expect(third!.calls).toContainEqual({ toolName: "getShippingRates", input: { country: "AT" } });
  });

  it("turns a 'yes' into the swap it proposed", async () => {
    const [, second] = await conversation(["Do you have it in M?", "yes please"]);
    expect(second!.calls).toEqual([{ toolName: "changeCartLine", input: { variantId: "jacket-s" } }]);
    expect(second!.text).toContain("Done: your cart now has Trail Jacket (S / Olive)");
  });

  it("tries a requested swap and falls back to the in-stock options when it is sold out", async () => {
    const [turn] = await conversation(["can I get it in M instead"]);
    expect(turn!.calls.map((c) => c.toolName)).toEqual(["changeCartLine", "checkStock"]);
    expect(turn!.text).toContain("M is sold out right now, so I couldn't switch it");
    expect(turn!.text).toContain("Still available: L / Olive, S / Olive and XL / Olive");
  });

  it("opens proactively by naming the cart's product with a question fit to the page", async () => {
    const opener = [{ role: "user" as const, content: "[No message from the shopper yet. Signal: checkout_step on /checkout.]" }];
    const en = await runBuiltin(opener, { cartSaver: { opener: { trigger: "checkout_step", page: "/checkout" } } });
    expect(en.calls).toEqual([{ toolName: "getCart", input: {} }]);
    expect(en.text).toBe("Hi, I'm Mia! Before you check out with the Trail Jacket: anything I can clear up about shipping costs or returns?");
    const de = await runBuiltin(opener, { cartSaver: { opener: { trigger: "exit_intent", page: "/cart" }, language: "de" } });
    expect(de.text).toContain("Noch unsicher bei Trail Jacket?");
  });

  it("is deterministic: the same conversation gives the same calls, ids and text", async () => {
    const run = () => conversation(["Do you have it in M and will it arrive by Friday?", "yes"]);
    const [a, b] = [await run(), await run()];
    expect(b.map((t) => t.text)).toEqual(a.map((t) => t.text));
    expect(b.map((t) => t.messages)).toEqual(a.map((t) => t.messages));
  });

  it("works through generateText (doGenerate) and stops after answering", async () => {
    const { tools, calls } = createStubTools();
    const result = await generateText({ model: createBuiltinModel(), tools, prompt: "Are returns free?", stopWhen: () => false });
    expect(calls.map((c) => c.toolName)).toEqual(["recordObjection", "getPolicies"]);
    expect(result.steps).toHaveLength(2);
    expect(result.text).toContain("30 days");
  });
});
