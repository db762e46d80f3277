import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Offer } from "../../src/config/site-config.ts";
import { decideOffer } from "../../src/policy/decide-offer.ts";
import { discountCap, eligibleSubtotal, existingDiscount } from "../../src/policy/compute-offer-discount.ts";
import { cartArb, ledgerArb, objectionArb, shippingValuesArb, siteArb } from "./arbitraries.ts";

const requestArb = fc.record({
  site: siteArb,
  cart: cartArb,
  ledger: ledgerArb,
  objection: objectionArb,
  group: fc.constantFrom("agent" as const, "holdout" as const),
  shippingValues: shippingValuesArb,
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
        // Free shipping already on the cart counts at its worth, not the 0 the cart shows.
        expect(existingDiscount(input.cart, input) + expectedDiscount).toBeLessThanOrEqual(
          (input.cart.subtotal.amount * input.site.maxDiscountPercent) / 100,
        );
        if (offer.kind === "free_shipping") expect(expectedDiscount).toBe(input.shippingValues[offer.code]);
        const { cartGrants, customerGrants } = input.ledger;
        expect(cartGrants.length).toBeLessThan(input.site.maxOffersPerCart);
        expect(cartGrants.some((d) => d.offerId === offer.id || d.code === offer.code)).toBe(false);
        expect(input.cart.discounts.some((d) => d.code === offer.code)).toBe(false);
        if (offer.onePerCustomer) expect(customerGrants.some((d) => d.offerId === offer.id || d.code === offer.code)).toBe(false);
        if (offer.requireAddressedFirst) {
          expect(input.ledger.objections.some((r) => r.code === input.objection && r.addressed)).toBe(true);
        }
        if (offer.kind !== "free_shipping") {
          expect(expectedDiscount).toBeLessThanOrEqual(eligibleSubtotal(offer, input.cart, { categories, shippingValues: {} }));
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
    countries: [],
  };
  const site = { ...base, offers: [offer], maxDiscountPercent: 100, maxOffersPerCart: 1 };
  const addressed = { objections: [{ code: "shipping_cost" as const, at: 0, addressed: true }], cartGrants: [], customerGrants: [] };
  const priced = { categories: {}, shippingValues: { FREESHIP: 495 } };

  it("needs the objection answered first", () => {
    const open = { ...addressed, objections: [{ code: "shipping_cost" as const, at: 0, addressed: false }] };
    const decision = decideOffer({ site, cart, ledger: open, objection: "shipping_cost", group: "agent", ...priced });
    expect(decision).toMatchObject({ decision: "refuse", reason: "objection_not_addressed" });
  });

  it("prices free shipping at what it is worth and respects the cap; unpriceable free shipping is never granted", () => {
    const granted = decideOffer({ site, cart, ledger: addressed, objection: "shipping_cost", group: "agent", ...priced });
    expect(granted).toMatchObject({ decision: "grant", expectedDiscount: 495 });
    const tight = { ...site, maxDiscountPercent: 0 };
    const capped = decideOffer({ site: tight, cart, ledger: addressed, objection: "shipping_cost", group: "agent", ...priced });
    expect(capped).toMatchObject({ decision: "refuse", reason: "exceeds_max_discount" });
    expect(discountCap(0, cart)).toBe(0);
    const unknown = decideOffer({ site, cart, ledger: addressed, objection: "shipping_cost", group: "agent", categories: {}, shippingValues: { FREESHIP: null } });
    expect(unknown).toMatchObject({ decision: "refuse", reason: "exceeds_max_discount" });
  });

  it("never offers twice on a cart, nor twice to a verified customer", () => {
    const used = { ...addressed, cartGrants: [{ offerId: "freeship", code: "FREESHIP" }] };
    const decision = decideOffer({ site: { ...site, maxOffersPerCart: 5 }, cart, ledger: used, objection: "shipping_cost", group: "agent", ...priced });
    expect(decision).toMatchObject({ decision: "refuse", reason: "already_used" });
    const before = { ...addressed, customerGrants: [{ offerId: "freeship", code: "FREESHIP" }] };
    expect(decideOffer({ site, cart, ledger: before, objection: "shipping_cost", group: "agent", ...priced })).toMatchObject({ reason: "already_used" });
    const anyone = { ...site, offers: [{ ...offer, onePerCustomer: false }] };
    expect(decideOffer({ site: anyone, cart, ledger: before, objection: "shipping_cost", group: "agent", ...priced })).toMatchObject({ decision: "grant" });
  });

  it("grants without an answered objection when requireAddressedFirst is off", () => {
    const open = { ...addressed, objections: [] };
    const eager = { ...site, offers: [{ ...offer, requireAddressedFirst: false }] };
    expect(decideOffer({ site: eager, cart, ledger: open, objection: "shipping_cost", group: "agent", ...priced })).toMatchObject({ decision: "grant" });
  });

  it("refuses below minSubtotal and grants at it", () => {
    const at = { ...site, offers: [{ ...offer, minSubtotal: cart.subtotal.amount }] };
    expect(decideOffer({ site: at, cart, ledger: addressed, objection: "shipping_cost", group: "agent", ...priced })).toMatchObject({ decision: "grant" });
    const above = { ...site, offers: [{ ...offer, minSubtotal: cart.subtotal.amount + 1 }] };
    expect(decideOffer({ site: above, cart, ledger: addressed, objection: "shipping_cost", group: "agent", ...priced })).toMatchObject({ reason: "min_subtotal_not_met" });
  });

  it("prices percent and fixed offers by their value, on the lines of their collections only", () => {
    const [first] = cart.lines;
    if (!first) throw new Error("no line");
    const categories = Object.fromEntries(cart.lines.map((l) => [l.productId, l.productId === first.productId ? "shoes" : "socks"]));
    const shoes = cart.lines.filter((l) => l.productId === first.productId).reduce((sum, l) => sum + l.lineTotal.amount, 0);
    expect(shoes).toBeLessThan(cart.subtotal.amount);
    const price = (o: Pick<Offer, "kind" | "value"> & Partial<Pick<Offer, "collections">>) => {
      const limited = { ...site, offers: [{ ...offer, id: "p", code: "P", objections: ["price_discount" as const], ...o }] };
      const ledger = { ...addressed, objections: [{ code: "price_discount" as const, at: 0, addressed: true }] };
      const decision = decideOffer({ site: limited, cart, ledger, objection: "price_discount", group: "agent", categories, shippingValues: {} });
      return decision.decision === "grant" ? decision.expectedDiscount : decision.reason;
    };
    expect(price({ kind: "percent", value: 10 })).toBe(Math.round(cart.subtotal.amount / 10));
    expect(price({ kind: "percent", value: 20 })).toBe(Math.round(cart.subtotal.amount / 5));
    expect(price({ kind: "percent", value: 10, collections: ["shoes"] })).toBe(Math.round(shoes / 10));
    expect(price({ kind: "fixed", value: 1 })).toBe(1);
    expect(price({ kind: "fixed", value: shoes + 1, collections: ["shoes"] })).toBe(shoes);
    expect(price({ kind: "percent", value: 10, collections: ["hats"] })).toBe("no_offer_for_objection");
  });
});
