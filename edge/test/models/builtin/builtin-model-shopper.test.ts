import { describe, expect, it } from "vitest";
import { shopperSession } from "./agent-turn-harness.ts";

/** The answers shoppers got wrong before, through runAgentTurn, the real tools and the demo store. */
describe("built-in model: answers a shopper can rely on", () => {
  const sweater = [{ variantId: "merino-crew-sweater--m-navy", quantity: 1 }];

  it("answers a size question about the cart's colour and names it", async () => {
    const shopper = await shopperSession(sweater);
    const l = await shopper.say("I usually wear L, do you have that?");
    expect(l.text).toMatch(/^The Merino Crew Sweater in L \/ Navy is sold out right now\./);
    expect(l.text).toContain("L / Oatmeal");
    const m = await shopper.say("do you have it in M?");
    expect(m.text).toContain("Merino Crew Sweater in M / Navy is in stock, but only 2 left");
  });

  it("reads bigger through the product's size order, and a yes switches to the proposed in-stock variant", async () => {
    const shopper = await shopperSession(sweater);
    const bigger = await shopper.say("do you have it in a bigger size?");
    expect(bigger.text).toMatch(/^The Merino Crew Sweater in L \/ Navy is sold out right now\./);
    expect(bigger.text).toMatch(/Shall I switch your cart to L \/ Oatmeal\?$/);
    const yes = await shopper.say("yes please");
    expect(yes.text).toContain("Done: your cart now has Merino Crew Sweater (L/Oatmeal)");
    const cart = await shopper.store.adapter.getCart(shopper.cart.id);
    expect(cart.ok && cart.value.lines.map((l) => l.variantId)).toEqual(["merino-crew-sweater--l-oatmeal"]);
  });

  it("says a size the product is not made in is not made, with the range", async () => {
    const shopper = await shopperSession([{ variantId: "organic-cotton-tee--m-white", quantity: 1 }]);
    const reply = await shopper.say("do you have XXXL");
    expect(reply.text).toMatch(/^The Organic Cotton Tee doesn't come in XXXL; it's made in sizes XS to XL\./);
    expect(reply.text).not.toMatch(/sold out/);
  });

  it("answers compatibility only for listed models", async () => {
    const shopper = await shopperSession([{ variantId: "magsafe-clear-case--iphone-15", quantity: 1 }]);
    const generic = await shopper.say("Does it work with my iPhone?");
    expect(generic.text).toMatch(/^The MagSafe Clear Case is made for iPhone 15, iPhone 15 Pro, iPhone 16 and iPhone 16 Pro\. Which model do you have\?/);
    const old = await shopper.say("it's an iPhone 13");
    expect(old.text).toMatch(/^The iPhone 13 isn't on the MagSafe Clear Case's compatibility list/);
    const nokia = await shopper.say("I have a Nokia 3310, will it work?");
    expect(nokia.text).toMatch(/^The Nokia 3310 isn't on the MagSafe Clear Case's compatibility list/);
    const listed = await shopper.say("and the iPhone 15 Pro?");
    expect(listed.text).toMatch(/^Yes, the MagSafe Clear Case works with the iPhone 15 Pro\./);
  });

  it("answers payment phrasings with the methods, and pay-later first for a payday question", async () => {
    const shopper = await shopperSession(sweater);
    expect((await shopper.say("how can I pay?")).text).toMatch(/^You can pay with Credit or debit card .*PayPal.*Klarna/);
    expect((await shopper.say("my card got declined, what other ways can I pay")).text).toContain("PayPal");
    expect((await shopper.say("I get paid next week, can I pay then?")).text).toMatch(/^Klarna also lets you pay later\./);
  });

  it("reads 'the price' as the answer to its own question, and never re-asks it", async () => {
    const shopper = await shopperSession(sweater);
    const austria = await shopper.say("how much is shipping to Austria?");
    expect(austria.text).toContain("doesn't ship to Austria");
    const price = await shopper.say("the price");
    expect(price.text).not.toMatch(/Austria|What matters most/);
    expect(price.text).toContain("What's holding you back most");
    const again = await shopper.say("the price");
    expect(again.tools.map((t) => t.tool)).toContain("requestOffer");
    expect(again.text).not.toContain("What's holding you back most");
    expect(shopper.memory.offers).toMatchObject([{ objection: "price_discount", granted: true, code: "SAVE10", amount: 890 }]);
    expect(again.text).toContain("€8.90 off");
  });

  it("meets a fit worry with the free exchange and 'between sizes' with the size guide's advice", async () => {
    const shopper = await shopperSession(sweater);
    expect((await shopper.say("what if it doesn't fit?")).text).toMatch(/30 days to return it, and returns are free\. Free size or colour exchanges within 30 days/);
    expect((await shopper.say("I'm between sizes")).text).toContain("The size guide says: Between sizes? Take the larger size for a relaxed fit.");
    const de = await shopperSession(sweater, { language: "de" });
    expect((await de.say("Ich liege zwischen zwei Größen")).text).toContain("empfiehlt die Größentabelle die größere");
  });

  it("offers checkout only where it helps: never on the checkout page, never twice in a row; links as buttons", async () => {
    const shopper = await shopperSession(sweater);
    const first = await shopper.say("how much is shipping to Germany?");
    expect(first.text).toMatch(/Want me to take you straight to checkout with your cart\?$/);
    expect(first.text).toContain("Express (DHL Express) €12.90 (1 day)");
    expect((await shopper.say("can I return it?")).text).not.toContain("straight to checkout");
    const link = await shopper.say("ok I'll take it, send me the checkout link");
    expect(link.tools.map((t) => t.tool)).toContain("createCheckoutLink");
    expect(link.text).not.toMatch(/https?:\/\//);
    const atCheckout = await shopperSession(sweater, { page: "/checkout/shipping" });
    expect((await atCheckout.say("how much is shipping to Germany?")).text).not.toContain("straight to checkout");
  });

  it("hands over in the shopper's language, naming the store, promising only what happened", async () => {
    const shopper = await shopperSession(sweater, { language: "de" });
    const reply = await shopper.say("Ich möchte mit einem Mitarbeiter sprechen");
    // Nobody was notified in this harness, so nobody is promised.
    expect(reply.text).toBe("Leider ist gerade niemand von Demo Store erreichbar. Wenn Sie Ihre E-Mail-Adresse hinterlassen, kann das Team Ihnen dort antworten.");
  });
});
