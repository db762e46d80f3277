import { describe, expect, it } from "vitest";
import { answerShipping } from "../../../src/models/builtin/answer/answer-logistics.ts";
import { en } from "../../../src/models/builtin/answer/phrases-en.ts";
import { readCartSaverOptions } from "../../../src/models/builtin/cart-saver-options.ts";
import { buildTurnContext } from "../../../src/models/builtin/turn-context.ts";

const eur = (amount: number) => ({ amount, currency: "EUR" });
const ctx = buildTurnContext(
  { userTexts: ["how much is shipping to Germany?"], history: [], previousTurn: [], turn: [], lastAnswer: "", stepsInTurn: 1 },
  readCartSaverOptions(undefined),
  ["getShippingRates"],
);
const answer = (standardPrice: number) =>
  answerShipping(
    {
      toolCallId: "c1",
      toolName: "getShippingRates",
      input: { country: "DE" },
      failed: false,
      output: {
        ok: true,
        country: "DE",
        rates: [{ id: "standard", name: "Standard", price: eur(standardPrice), minDays: 2, maxDays: 4, freeOver: eur(6000) }],
        cartSubtotal: eur(13900),
        amountToFreeShipping: eur(0),
      },
    },
    ctx,
    en,
  )?.join(" ");

describe("shipping answer and a free-shipping threshold", () => {
  it("says the cart qualifies only when the store priced the rate free", () => {
    expect(answer(0)).toContain("Your cart already qualifies for free Standard shipping.");
  });

  it("states the store's price and no free shipping when the store's rate is not free (a declared threshold the rates do not apply)", () => {
    const text = answer(495);
    expect(text).toContain("€4.95");
    expect(text).not.toMatch(/free/i);
  });
});
