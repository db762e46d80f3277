import { describe, expect, it } from "vitest";
import { createTools } from "../../src/agent/tools/index.ts";
import { demoStore, variants } from "../store/demo-store-fixture.ts";
import { createMemoryOfferBook } from "../policy/memory-cart-offers.ts";
import { run, testSite, testTurn } from "./agent-fixtures.ts";

describe("requestOffer against the demo store", () => {
  const store = demoStore();

  it("grants free shipping only after the objection was answered, once per session", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 2 }]); // €58
    const turn = testTurn(cart.id, { store });
    const tools = createTools(turn.input);
    expect(await run(tools.requestOffer, { objection: "shipping_cost" })).toMatchObject({ ok: true, granted: false, reason: "objection_not_addressed" });
    await run(tools.getShippingRates, {});
    const granted = await run(tools.requestOffer, { objection: "shipping_cost" });
    expect(granted).toMatchObject({ ok: true, granted: true, code: "FREESHIP", discount: { amount: 495, currency: "EUR" } });
    expect(granted.ok && granted.granted && granted.cart.discounts.map((d) => d.code)).toEqual(["FREESHIP"]);
    await run(tools.searchProducts, { query: "tee" });
    expect(await run(tools.requestOffer, { objection: "price_discount" })).toMatchObject({ granted: false, reason: "already_used" });
    expect(turn.memory.offers.map((o) => [o.granted, o.reason])).toEqual([
      [false, "objection_not_addressed"],
      [true, "granted"],
      [false, "already_used"],
    ]);
  });

  it("values free shipping at the destination's rate, or at the highest rate when no destination is known", async () => {
    const answered = { objections: [{ code: "shipping_cost" as const, at: 0, addressed: true }] };
    // Valid everywhere and no destination yet: the shopper could still pick Australia (€24.95 > 15% of €58).
    const everywhere = testSite();
    everywhere.offers = everywhere.offers.map((o) => (o.kind === "free_shipping" ? { ...o, countries: [] } : o));
    const open = await store.newCart([{ variantId: variants.tee, quantity: 2 }]);
    const refused = await run(createTools(testTurn(open.id, { store, site: everywhere, session: answered }).input).requestOffer, { objection: "shipping_cost" });
    expect(refused).toMatchObject({ ok: true, granted: false, reason: "exceeds_max_discount" });
    expect(await store.adapter.getCart(open.id)).toMatchObject({ ok: true, value: { discounts: [] } });
    // Known destination Germany: worth the German standard rate, within the cap.
    const german = await store.newCart([{ variantId: variants.tee, quantity: 2 }], { country: "DE" });
    const granted = await run(createTools(testTurn(german.id, { store, site: everywhere, session: answered }).input).requestOffer, { objection: "shipping_cost" });
    expect(granted).toMatchObject({ ok: true, granted: true, discount: { amount: 495 } });
    // A Germany-only code is worth nothing to an Australian destination: no offer lowers the price.
    const aussie = await store.newCart([{ variantId: variants.tee, quantity: 2 }], { country: "AU" });
    const useless = await run(createTools(testTurn(aussie.id, { store, session: answered }).input).requestOffer, { objection: "shipping_cost" });
    expect(useless).toMatchObject({ ok: true, granted: false, reason: "no_offer_for_objection" });
  });

  it("holds one offer per cart across sessions: a second session of the cart gets nothing more", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 2 }]);
    const offers = createMemoryOfferBook();
    const shipping = { objections: [{ code: "shipping_cost" as const, at: 0, addressed: true }] };
    const price = { objections: [{ code: "price_discount" as const, at: 0, addressed: true }] };
    const first = await run(createTools(testTurn(cart.id, { store, offers, session: { ...shipping, sessionId: "a" } }).input).requestOffer, { objection: "shipping_cost" });
    expect(first).toMatchObject({ granted: true, code: "FREESHIP" });
    const second = await run(createTools(testTurn(cart.id, { store, offers, session: { ...price, sessionId: "b" } }).input).requestOffer, { objection: "price_discount" });
    expect(second).toMatchObject({ granted: false, reason: "already_used" });
  });

  it("refuses below the minimum, for unlisted objections and in the holdout", async () => {
    const small = await store.newCart([{ variantId: variants.tee, quantity: 1 }]); // €29 < €30
    const answered = { objections: [{ code: "shipping_cost" as const, at: 0, addressed: true }] };
    const tools = createTools(testTurn(small.id, { store, session: answered }).input);
    expect(await run(tools.requestOffer, { objection: "shipping_cost" })).toMatchObject({ granted: false, reason: "min_subtotal_not_met" });
    expect(await run(tools.requestOffer, { objection: "returns" })).toMatchObject({ granted: false, reason: "no_offer_for_objection" });
    const big = await store.newCart([{ variantId: variants.tee, quantity: 2 }]);
    const holdout = createTools(testTurn(big.id, { store, session: { ...answered, group: "holdout" } }).input);
    expect(await run(holdout.requestOffer, { objection: "shipping_cost" })).toMatchObject({ granted: false, reason: "holdout" });
    expect(await store.adapter.getCart(big.id)).toMatchObject({ ok: true, value: { discounts: [] } });
  });

  it("refuses what would exceed the cap, and coupons the store rejects", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 2 }]); // cap 5% = €2.90 < €4.95
    const answered = { objections: [{ code: "shipping_cost" as const, at: 0, addressed: true }] };
    const capped = createTools(testTurn(cart.id, { store, site: testSite({ maxDiscountPercent: 5 }), session: answered }).input);
    expect(await run(capped.requestOffer, { objection: "shipping_cost" })).toMatchObject({ granted: false, reason: "exceeds_max_discount" });
    const expired = testSite({ offers: [{ id: "old", code: "SUMMER24", kind: "percent", value: 5, objections: ["shipping_cost"] }] });
    const turn = testTurn(cart.id, { store, site: expired, session: answered });
    expect(await run(createTools(turn.input).requestOffer, { objection: "shipping_cost" })).toMatchObject({ granted: false, reason: "coupon_rejected" });
    expect(turn.memory.offers).toMatchObject([{ granted: false, reason: "coupon_rejected:coupon_expired", code: "SUMMER24" }]);
  });

  it("removes a coupon the store over-applies beyond the cap", async () => {
    // The site believes SHOES15 is 5% off; the store gives 15% on shoes. Cap 10%.
    const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]); // €139
    const site = testSite({
      maxDiscountPercent: 10,
      offers: [{ id: "shoes", code: "SHOES15", kind: "percent", value: 5, objections: ["sizing_fit"], requireAddressedFirst: false }],
    });
    const turn = testTurn(cart.id, { store, site });
    expect(await run(createTools(turn.input).requestOffer, { objection: "sizing_fit" })).toMatchObject({ granted: false, reason: "exceeds_max_discount" });
    expect(turn.memory.offers).toMatchObject([{ granted: false, reason: "exceeds_max_discount", code: "SHOES15" }]);
    expect(await store.adapter.getCart(cart.id)).toMatchObject({ ok: true, value: { discounts: [], total: { amount: 13900 } } });
  });
});
