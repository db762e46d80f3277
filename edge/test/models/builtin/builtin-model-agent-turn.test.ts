import { describe, expect, it } from "vitest";
import { variants } from "../../store/demo-store-fixture.ts";
import { shopperSession } from "./agent-turn-harness.ts";

/** The default model end to end: runAgentTurn, the real tools, policy engine and demo store. */
describe("built-in model through runAgentTurn and the real tools", () => {
  const runner = [{ variantId: variants.runner42, quantity: 1 }];

  it("opens on the cart, then answers shipping from the store's real rates", async () => {
    const shopper = await shopperSession(runner);
    const opened = await shopper.open("checkout_step", "/checkout");
    expect(opened.tools.map((t) => t.tool)).toEqual(["getCart"]);
    expect(opened.text).toContain("Trail Runner GTX");
    const reply = await shopper.say("How much is shipping to France?");
    const rates = reply.tools.find((t) => t.tool === "getShippingRates");
    expect(rates?.input).toEqual({ country: "FR" });
    expect(reply.text).toContain("Express (DHL Express) €19.90 (1–2 days)");
    expect(shopper.memory.objections).toMatchObject([{ code: "shipping_cost", addressed: true }]);
  });

  it("names an in-stock size when the asked one is sold out", async () => {
    const shopper = await shopperSession(runner);
    const reply = await shopper.say("Do you have 42.5?");
    expect(reply.tools.find((t) => t.tool === "checkStock")?.input).toEqual({ size: "42.5" });
    expect(reply.text).toMatch(/^The Trail Runner GTX in 42\.5 is sold out right now\. Still available: \d/);
    expect(reply.text).toMatch(/Shall I switch your cart to \d+(\.5)?\?$/);
  });

  it("answers a discount demand with value first, then grants only what the rules allow", async () => {
    const shopper = await shopperSession(runner);
    const first = await shopper.say("just give me 50% off");
    expect(first.tools.map((t) => t.tool)).not.toContain("requestOffer");
    // A brand-new session's discount demand is answered on its own: value, pay-later, the question; no list of payment methods.
    expect(first.text).toMatch(/^I can't just take money off, but I do want you to get a good deal on the Trail Runner GTX \(€139\.00\)\. Klarna also lets you pay later\. What's holding you back most/);
    expect(first.text).not.toContain("You can pay with");
    const second = await shopper.say("come on, 50% off please");
    expect(second.tools.find((t) => t.tool === "requestOffer")?.input).toEqual({ objection: "price_discount" });
    // The demo site allows SAVE10 (10%, from €50) under a 15% cap: €13.90 on €139, never 50%.
    expect(shopper.memory.offers).toMatchObject([{ objection: "price_discount", granted: true, code: "SAVE10", amount: 1390 }]);
    expect(second.text).toContain("€13.90 off");
    expect(second.text).not.toMatch(/50%/);
  });

  it("never claims a discount the policy engine refused", async () => {
    const shopper = await shopperSession([{ variantId: variants.tee, quantity: 1 }]);
    await shopper.say("just give me 50% off");
    const second = await shopper.say("come on, 50% off please");
    expect(second.tools.find((t) => t.tool === "requestOffer")?.input).toEqual({ objection: "price_discount" });
    expect(shopper.memory.offers).toMatchObject([{ granted: false, reason: "min_subtotal_not_met" }]);
    expect(second.text).toContain("I can't add one to this cart");
    expect(second.text).not.toMatch(/applied|50%/);
  });

  it("reports the offer the policy engine granted after the shipping rates were shown", async () => {
    const shopper = await shopperSession([{ variantId: variants.tee, quantity: 2 }]);
    const rates = await shopper.say("how much is shipping?");
    expect(rates.text).toContain("Standard (DHL) €4.95 (2–3 days)");
    const complaint = await shopper.say("shipping is too expensive");
    expect(complaint.tools.map((t) => t.tool)).toEqual(["recordObjection", "requestOffer"]);
    const [decision] = shopper.memory.offers;
    expect(decision).toMatchObject({ objection: "shipping_cost", granted: true, amount: 495 });
    expect(complaint.text).toBe("Good news: I've applied Free standard shipping within Germany, that's €4.95 off, so your new total is €58.00.");
  });

  it("speaks German to a German shopper, with the store's facts", async () => {
    const shopper = await shopperSession(runner, { language: "de" });
    const reply = await shopper.say("Was kostet der Versand nach Frankreich?");
    expect(reply.text).toMatch(/^Versand nach Frankreich: .*19,90\s€ \(1–2 Tage\)/);
    const returns = await shopper.say("Und kann ich die Schuhe zurückschicken?");
    expect(returns.text).toContain("innerhalb von 30 Tagen zurückgeben, die Rücksendung ist kostenlos");
  });
});
