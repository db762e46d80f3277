import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTurnLedger } from "../../src/agent/turn-ledger.ts";
import { requestOffer } from "../../src/policy/request-offer.ts";
import { cartArb, objectionArb, siteArb } from "./arbitraries.ts";
import { createMemoryEffects, sessionSnapshot } from "./memory-effects.ts";
import { createMemoryStore } from "./memory-store.ts";

const actionArb = fc.oneof(
  fc.record({ kind: fc.constant("request" as const), objection: objectionArb }),
  fc.record({ kind: fc.constant("record" as const), objection: objectionArb }),
  fc.record({ kind: fc.constant("address" as const), objection: objectionArb }),
);

describe("requestOffer over sequences of calls (property)", () => {
  it("never exceeds the cap, never repeats, never serves holdout or unlisted objections", async () => {
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
          const memory = createMemoryEffects();
          const ledger = createTurnLedger(sessionSnapshot({ group }), memory.effects);
          const deps = { site, group, cartId: cart.id, store, ledger };
          const outcomes = [];
          const pending = [];
          for (const action of actions) {
            if (action.kind === "record") await ledger.recordObjection(action.objection);
            if (action.kind === "address") await ledger.markAddressed(action.objection);
            if (action.kind === "request") {
              const outcome = requestOffer(deps, action.objection);
              // Models may call tools in parallel: the ledger must serialise them.
              if (concurrent) pending.push(outcome);
              else outcomes.push(await outcome);
            }
          }
          outcomes.push(...(await Promise.all(pending)));

          const grants = memory.offers.filter((d) => d.granted);
          granted += grants.length;
          expect(memory.offers.length).toBe(actions.filter((a) => a.kind === "request").length);
          if (group === "holdout") expect(grants).toHaveLength(0);
          expect(grants.length).toBeLessThanOrEqual(site.maxOffersPerSession);
          expect(new Set(grants.map((g) => g.offerId)).size).toBe(grants.length);
          for (const grant of grants) {
            const offer = site.offers.find((o) => o.id === grant.offerId);
            expect(offer?.objections).toContain(grant.objection);
            expect(cart.subtotal.amount).toBeGreaterThanOrEqual(offer?.minSubtotal ?? Infinity);
          }
          const existing = cart.discounts.reduce((s, d) => s + d.amount.amount, 0);
          const given = grants.reduce((s, g) => s + g.amount, 0);
          if (grants.length > 0) {
            expect(existing + given).toBeLessThanOrEqual((cart.subtotal.amount * site.maxDiscountPercent) / 100);
          }
          // Nothing reached the cart that was not granted.
          const applied = current().discounts.filter((d) => d.code !== "SHOPPER").map((d) => d.code);
          expect(applied.sort()).toEqual(grants.map((g) => g.code).sort());
          for (const outcome of outcomes) expect(outcome.ok).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    expect(granted).toBeGreaterThan(10);
  });
});
