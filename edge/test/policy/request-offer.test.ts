import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTurnLedger } from "../../src/agent/turn-ledger.ts";
import { requestOffer } from "../../src/policy/request-offer.ts";
import { cartArb, objectionArb, siteArb } from "./arbitraries.ts";
import { createMemoryEffects, sessionSnapshot } from "./memory-effects.ts";
import { createMemoryOfferBook } from "./memory-cart-offers.ts";
import { createMemoryStore } from "./memory-store.ts";

const actionArb = fc.oneof(
  fc.record({ kind: fc.constant("request" as const), objection: objectionArb }),
  fc.record({ kind: fc.constant("record" as const), objection: objectionArb }),
  fc.record({ kind: fc.constant("address" as const), objection: objectionArb }),
);

describe("requestOffer over sequences of calls from two sessions of one cart (property)", () => {
  it("never exceeds the cap (free shipping at its worth), never repeats, never serves holdout or unlisted objections", async () => {
    let granted = 0;
    await fc.assert(
      fc.asyncProperty(
        siteArb,
        cartArb,
        fc.constantFrom("agent" as const, "holdout" as const),
        fc.integer({ min: 0, max: 2000 }),
        fc.array(actionArb, { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom(1, 1, 2),
        async (site, cart, group, shipping, actions, concurrent, inflate) => {
          const { store, current } = createMemoryStore(site, cart, shipping, inflate);
          const book = createMemoryOfferBook();
          // Two sessions of the same cart (two tabs, another visitor id): one offer book between them.
          const sessions = ["s-1", "s-2"].map((sessionId) => {
            const memory = createMemoryEffects();
            const ledger = createTurnLedger(sessionSnapshot({ group, sessionId }), memory.effects);
            return { memory, ledger, deps: { site, group, cartId: cart.id, sessionId, customerId: null, store, ledger, cartOffers: book.forCart(cart.id) } };
          });
          const outcomes = [];
          const pending = [];
          for (const [index, action] of actions.entries()) {
            const { ledger, deps } = sessions[index % 2] ?? sessions[0]!;
            if (action.kind === "record") await ledger.recordObjection(action.objection);
            if (action.kind === "address") await ledger.markAddressed(action.objection);
            if (action.kind === "request") {
              const outcome = requestOffer(deps, action.objection);
              // Models call tools in parallel, and two sessions run at once: only the claim serialises them.
              if (concurrent) pending.push(outcome);
              else outcomes.push(await outcome);
            }
          }
          outcomes.push(...(await Promise.all(pending)));

          const decisions = sessions.flatMap((s) => s.memory.offers);
          const grants = decisions.filter((d) => d.granted);
          granted += grants.length;
          expect(decisions.length).toBe(actions.filter((a) => a.kind === "request").length);
          if (group === "holdout") expect(grants).toHaveLength(0);
          expect(grants.length).toBeLessThanOrEqual(site.maxOffersPerCart);
          expect(book.rows.map((r) => r.offerId).sort()).toEqual(grants.map((g) => g.offerId).sort());
          expect(new Set(grants.map((g) => g.offerId)).size).toBe(grants.length);
          for (const grant of grants) {
            const offer = site.offers.find((o) => o.id === grant.offerId);
            expect(offer?.objections).toContain(grant.objection);
            expect(cart.subtotal.amount).toBeGreaterThanOrEqual(offer?.minSubtotal ?? Infinity);
          }
          // Free shipping counts at the shipping price it waives, wherever it sits.
          const existing = cart.discounts.reduce((s, d) => s + (d.kind === "free_shipping" ? Math.max(d.amount.amount, shipping) : d.amount.amount), 0);
          const given = grants.reduce((s, g) => s + g.amount, 0);
          if (grants.length > 0) {
            expect(existing + given).toBeLessThanOrEqual((cart.subtotal.amount * site.maxDiscountPercent) / 100);
          }
          // Nothing reached the cart that was not granted.
          const applied = current().discounts.filter((d) => !cart.discounts.some((e) => e.code === d.code)).map((d) => d.code);
          expect(applied.sort()).toEqual(grants.map((g) => g.code).sort());
          for (const outcome of outcomes) expect(outcome.ok).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    expect(granted).toBeGreaterThan(10);
  });
});
