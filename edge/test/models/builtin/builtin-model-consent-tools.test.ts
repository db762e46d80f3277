import { stepCountIs, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { createTools } from "../../../src/agent/tools/index.ts";
import { createBuiltinModel } from "../../../src/models/builtin/builtin-model.ts";
import { testTurn } from "../../agent/agent-fixtures.ts";
import { demoStore } from "../../store/demo-store-fixture.ts";
import { shopperSession } from "./agent-turn-harness.ts";

const sweater = [{ variantId: "merino-crew-sweater--m-navy", quantity: 1 }];

describe("built-in model: consent is never inferred", () => {
  it("keeps an address the shopper gives without consent and asks them to confirm with the checkbox", async () => {
    const shopper = await shopperSession(sweater);
    const reply = await shopper.say("email me my cart at anna@example.com");
    const save = reply.tools.find((t) => t.tool === "saveCartForLater");
    expect(save?.input).toEqual({ channel: "email", email: "anna@example.com" });
    expect(save?.output).toEqual({ ok: true, channel: "email", address: "anna@example.com", consentNeeded: true });
    expect(shopper.memory.contacts).toEqual([{ email: "anna@example.com" }]);
    expect(reply.text).toContain("please confirm with the checkbox below; we'll send a confirmation there first");
    const cart = await shopper.store.adapter.getCart(shopper.cart.id);
    expect(cart.ok && cart.value.customer.consent).toEqual({ email: false, sms: false, whatsapp: false });
  });

  it("an address given after it asked for one is kept the same way", async () => {
    const shopper = await shopperSession(sweater);
    expect((await shopper.say("can you save my cart for later?")).text).toContain("which email address");
    const reply = await shopper.say("sure, it's maria@example.com");
    expect(reply.tools.find((t) => t.tool === "saveCartForLater")?.input).toEqual({ channel: "email", email: "maria@example.com" });
  });

  it.each([
    "Please do NOT email me. My email is x@y.com for the invoice only",
    "don't send me any marketing, my address is ben@example.com in case you need it for the order",
    "Bitte keine E-Mails schicken! Meine Adresse ist eva@example.de, nur für die Rechnung.",
  ])("never saves an address the shopper said not to use: %s", async (text) => {
    const shopper = await shopperSession(sweater);
    const reply = await shopper.say(text);
    expect(reply.tools.map((t) => t.tool)).not.toContain("saveCartForLater");
    expect(shopper.memory.contacts).toEqual([]);
  });
});

describe("built-in model: tools the store does not offer", () => {
  /** A store without shipping rates and live stock: the agent registers fewer tools. */
  async function ask(text: string, language: "en" | "de" = "en") {
    const store = demoStore();
    const cart = await store.newCart(sweater);
    const { getShippingRates: _rates, checkStock: _stock, ...tools } = createTools(testTurn(cart.id, { store }).input);
    const result = streamText({
      model: createBuiltinModel(),
      messages: [{ role: "user", content: text }],
      tools,
      stopWhen: stepCountIs(6),
      providerOptions: { cartSaver: { siteName: "Demo Store", language } },
    });
    const steps = await result.steps;
    return { text: await result.text, calls: steps.flatMap((s) => s.toolCalls.flatMap((c) => (c ? [c.toolName] : []))) };
  }

  it("says it cannot see shipping rates instead of guessing", async () => {
    const reply = await ask("how much is shipping to Germany?");
    expect(reply.calls).not.toContain("getShippingRates");
    expect(reply.text).toContain("I can't see live shipping rates for this store, so I won't guess");
    expect(reply.text).not.toMatch(/€|free|\d+ days?/);
  });

  it("says it cannot check stock, in German too, and still answers what it can", async () => {
    const reply = await ask("do you have it in L? and can I return it?");
    expect(reply.text).toContain("I can't check live stock for this store");
    expect(reply.text).toContain("30 days to return it");
    expect(reply.text).not.toMatch(/in stock|sold out/);
    const de = await ask("Wie lange dauert die Lieferung?", "de");
    expect(de.text).toContain("Die aktuellen Versandkosten dieses Shops kann ich nicht einsehen");
  });
});
