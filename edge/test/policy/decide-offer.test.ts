import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideOffer } from "../../src/policy/decide-offer.ts";
import { discountCap, eligibleSubtotal, existingDiscount } from "../../src/policy/compute-offer-discount.ts";
import { cartArb, ledgerArb, objectionArb, siteArb } from "./arbitraries.ts";

const requestArb = fc.record({
  site: siteArb,
  cart: cartArb,
  ledger: ledgerArb,
  objection: objectionArb,
  group: fc.constantFrom("agent" as const, "holdout" as const),
  cheapestShipping: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
});

describe("decideOffer (property)", () => {
  it("grants only what every rule allows", () => {
    let grants = 0;
    fc.assert(
      fc.property(requestArb, (input) => {
        const categories = Object.fromEntries(input.cart.lines.map((l) => [l.productId, l.category ?? ""]));
        const decision = decideOffer({ ...input, categories });
        if (decision.decision === "refuse") return;
        grants += 1;
        const { offer, expectedDiscount } = decision;
        expect(input.group).toBe("agent");
        expect(offer.objections).toContain(input.objection);
        expect(input.cart.subtotal.amount).toBeGreaterThanOrEqual(offer.minSubtotal);
        expect(expectedDiscount).toBeGreaterThan(0);
        expect(existingDiscount(input.cart) + expectedDiscount).toBeLessThanOrEqual(
          (input.cart.subtotal.amount * input.site.maxDiscountPercent) / 100,
        );
        const granted = input.ledger.offers.filter((d) => d.granted);
        expect(granted.length).toBeLessThan(input.site.maxOffersPerSession);
        expect(granted.some((d) => d.offerId === offer.id || d.code === offer.code)).toBe(false);
        if (offer.requireAddressedFirst) {
          expect(input.ledger.objections.some((r) => r.code === input.objection && r.addressed)).toBe(true);
        }
        if (offer.kind !== "free_shipping") {
          expect(expectedDiscount).toBeLessThanOrEqual(eligibleSubtotal(offer, input.cart, { categories, cheapestShipping: null }));
        }
      }),
      { numRuns: 2000 },
    );
    expect(grants).toBeGreaterThan(20);
  });

  it("refuses with the contract's reason codes", () => {
    const reasons = new Set<string>();
    fc.assert(
      fc.property(requestArb, (input) => {
        const decision = decideOffer({ ...input, categories: {} });
        if (decision.decision === "refuse") reasons.add(decision.reason);
      }),
      { numRuns: 2000 },
    );
    for (const reason of reasons) {
      expect([
        "no_offer_for_objection",
        "min_subtotal_not_met",
        "exceeds_max_discount",
        "already_used",
        "objection_not_addressed",
        "holdout",
      ]).toContain(reason);
    }
    expect(reasons.size).toBeGreaterThanOrEqual(5);
  });
});

describe("decideOffer (examples)", () => {
  const base = fc.sample(siteArb, { numRuns: 1, seed: 1 })[0];
  const cart = fc.sample(cartArb.filter((c) => c.lines.length > 0 && c.discounts.length === 0), { numRuns: 1, seed: 3 })[0];
  if (!base || !cart) throw new Error("no sample");
  const offer = {
    id: "freeship",
    code: "FREESHIP",
    kind: "free_shipping" as const,
    value: 0,
    minSubtotal: 0,
    objections: ["shipping_cost" as const],
    collections: [],
    onePerCustomer: true,
    requireAddressedFirst: true,
  };
  const site = { ...base, offers: [offer], maxDiscountPercent: 100, maxOffersPerSession: 1 };
  const addressed = { objections: [{ code: "shipping_cost" as const, at: 0, addressed: true }], offers: [] };

  it("needs the objection answered first", () => {
    const open = { objections: [{ code: "shipping_cost" as const, at: 0, addressed: false }], offers: [] };
    const decision = decideOffer({ site, cart, ledger: open, objection: "shipping_cost", group: "agent", categories: {}, cheapestShipping: 495 });
    expect(decision).toMatchObject({ decision: "refuse", reason: "objection_not_addressed" });
  });

  it("prices free shipping at the cheapest rate and respects the cap", () => {
    const granted = decideOffer({ site, cart, ledger: addressed, objection: "shipping_cost", group: "agent", categories: {}, cheapestShipping: 495 });
    expect(granted).toMatchObject({ decision: "grant", expectedDiscount: 495 });
    const tight = { ...site, maxDiscountPercent: 0 };
    const capped = decideOffer({ site: tight, cart, ledger: addressed, objection: "shipping_cost", group: "agent", categories: {}, cheapestShipping: 495 });
    expect(capped).toMatchObject({ decision: "refuse", reason: "exceeds_max_discount" });
    expect(discountCap(0, cart)).toBe(0);
  });

  it("never offers twice", () => {
    const used = { ...addressed, offers: [{ objection: "shipping_cost" as const, granted: true, offerId: "freeship", code: "FREESHIP", amount: 495, reason: "granted", at: 0 }] };
    const decision = decideOffer({ site: { ...site, maxOffersPerSession: 5 }, cart, ledger: used, objection: "shipping_cost", group: "agent", categories: {}, cheapestShipping: 495 });
    expect(decision).toMatchObject({ decision: "refuse", reason: "already_used" });
  });
});
