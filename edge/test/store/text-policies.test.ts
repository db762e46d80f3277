import { describe, expect, it } from "vitest";
import { PolicyFacts } from "../../src/store/store-config.ts";
import { textPolicies } from "../../src/store/text-policies.ts";

const platform = { refund: "Returns accepted.", shipping: "We ship to the EU.", contact: null, payments: [{ id: "card", name: "Card", bnpl: false }] };

describe("textPolicies: the merchant's declared facts (store.facts)", () => {
  it("states nothing the merchant did not declare", () => {
    const policies = textPolicies(platform, PolicyFacts.parse({}));
    expect(policies.returns).toEqual({ conditions: "Returns accepted.", text: "Returns accepted." });
    expect(policies.shipping).toEqual({ text: "We ship to the EU." });
    expect(policies.payments).toEqual(platform.payments);
    expect(policies.support).toEqual({});
  });

  it("states returnWindowDays and freeReturns as the merchant's", () => {
    expect(textPolicies(platform, { returnWindowDays: 30, freeReturns: true }).returns).toMatchObject({ days: 30, free: true, source: "merchant" });
    expect(textPolicies(platform, { returnWindowDays: 14, freeReturns: false }).returns).toMatchObject({ days: 14, free: false, source: "merchant" });
  });

  it("adds declared paymentMethods (name, bnpl) the platform does not already report", () => {
    const facts = PolicyFacts.parse({ paymentMethods: [{ name: "Klarna", bnpl: true }, { name: "card" }, { name: "Invoice" }] });
    expect(textPolicies(platform, facts).payments).toEqual([
      { id: "card", name: "Card", bnpl: false },
      { id: "klarna", name: "Klarna", bnpl: true, source: "merchant" },
      { id: "invoice", name: "Invoice", bnpl: false, source: "merchant" },
    ]);
  });

  it("states freeShippingOver and supportEmail", () => {
    const policies = textPolicies(platform, { freeShippingOver: 6000, supportEmail: "help@acme.example" });
    expect(policies.shipping).toEqual({ text: "We ship to the EU.", freeShippingOver: 6000, source: "merchant" });
    expect(policies.support).toEqual({ email: "help@acme.example" });
  });
});
