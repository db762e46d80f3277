import { describe, expect, it } from "vitest";
import { createTools } from "../../src/agent/tools/index.ts";
import { demoStore, variants } from "../store/demo-store-fixture.ts";
import { run, testTurn } from "./agent-fixtures.ts";

describe("read tools against the demo store", () => {
  const store = demoStore();

  it("getCart and searchProducts return the store's data", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const tools = createTools(testTurn(cart.id, { store }).input);
    expect(await run(tools.getCart, {})).toMatchObject({ ok: true, cart: { id: cart.id, subtotal: { amount: 2900 } } });
    const found = await run(tools.searchProducts, { category: "shoes", inStockOnly: true, limit: 3 });
    expect(found.ok && found.products.length).toBe(3);
    expect(found.ok && found.products.every((p) => p.category === "shoes" && p.inStock && p.price.amount > 0)).toBe(true);
    expect(await run(tools.getProduct, { productId: "nope" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("checkStock finds the sold-out size, in-stock sizes and similar products; marks stock answered", async () => {
    const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]);
    const turn = testTurn(cart.id, { store, session: { objections: [{ code: "stock_availability", at: 0, addressed: false }] } });
    const tools = createTools(turn.input);
    const out = await run(tools.checkStock, { size: "42,5" });
    expect(out).toMatchObject({ ok: true, inStock: false, product: { id: "trail-runner" }, requested: { size: "42.5" } });
    if (!out.ok) return;
    expect(out.matches.map((m) => m.variantId)).toEqual([variants.runner425]);
    expect(out.alternatives.length).toBeGreaterThan(0);
    expect(out.alternatives.every((a) => "inventory" in a && a.inventory > 0)).toBe(true);
    // Nearest sizes first: 42 or 43 before anything further from 42.5.
    const distances = out.alternatives.map((a) => Math.abs(Number(a.options.size) - 42.5));
    expect(distances[0]).toBeLessThanOrEqual(0.5);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(out.similarProducts.length).toBeGreaterThan(0);
    expect(out.similarProducts.every((p) => p.category === "shoes" && p.id !== "trail-runner" && p.inStock)).toBe(true);
    expect(turn.memory.addressed).toEqual(["stock_availability"]);
    expect(await run(tools.checkStock, {})).toMatchObject({ ok: true, inStock: true, matches: [{ variantId: variants.runner42, inventory: 2 }] });
  });

  it("adviseSize uses the size guide and the fit note", async () => {
    const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]);
    const tools = createTools(testTurn(cart.id, { store }).input);
    // 26.5 cm fits EU 42; the Trail Runner runs small, so 42.5 — which is sold out.
    expect(await run(tools.adviseSize, { footLengthCm: 26.5 })).toMatchObject({
      ok: true,
      productId: "trail-runner",
      recommended: "42.5",
      inStock: false,
      variantId: variants.runner425,
      fitNotes: expect.stringContaining("Runs small"),
    });
    expect(await run(tools.adviseSize, { productId: "merino-crew-sweater", chestCm: 95 })).toMatchObject({ ok: true, recommended: "M", inStock: true });
    expect(await run(tools.adviseSize, { productId: "usb-c-charger-65w", usualSize: "M" })).toMatchObject({ ok: false, code: "no_size_guide" });
  });

  it("getShippingRates quotes the cart's country and the gap to free shipping", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const turn = testTurn(cart.id, { store });
    await turn.input.effects.recordObjection("shipping_cost");
    const tools = createTools({ ...turn.input, session: { ...turn.input.session, objections: [...turn.memory.objections] } });
    const out = await run(tools.getShippingRates, {});
    expect(out).toMatchObject({ ok: true, country: "DE", cartSubtotal: { amount: 2900 }, amountToFreeShipping: { amount: 3100 } });
    expect(out.ok && out.rates.map((r) => r.id)).toEqual(["de-standard", "de-express"]);
    expect(turn.memory.objections).toMatchObject([{ code: "shipping_cost", addressed: true }]);
    expect(await run(tools.getShippingRates, { country: "jp" })).toMatchObject({ ok: false, code: "country_not_supported" });
  });

  it("getPolicies answers one topic", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const tools = createTools(testTurn(cart.id, { store }).input);
    expect(await run(tools.getPolicies, { topic: "returns" })).toMatchObject({ ok: true, topic: "returns", policy: { days: 30, free: true } });
    expect(await run(tools.getPolicies, { topic: "guest_checkout" })).toMatchObject({ ok: true, policy: { allowed: true } });
  });

  it("getCustomerHistory serves only a verified customer, and no name, address or payment detail", async () => {
    const vip = await store.newCart([{ variantId: variants.tee, quantity: 1 }], { email: "vip@example.com" });
    const verified = { customer: { id: "cus_seed_vip", email: "vip@example.com", verified: true as const } };
    const history = await run(createTools(testTurn(vip.id, { store, session: verified }).input).getCustomerHistory, {});
    expect(history).toMatchObject({ ok: true, orders: [{ id: "ord_seed_vip", items: [{ quantity: 1 }, { quantity: 1 }] }] });
    expect(history.ok && history.lifetimeValue.amount).toBeGreaterThan(0);
    const text = JSON.stringify(history);
    for (const secret of ["Vera", "Torstra", "10119", "Berlin"]) expect(text).not.toContain(secret);
    // The cart's email is an unverified claim (anyone can type it into the chat or the checkout):
    // without a verified customer the tool is not even offered to the model.
    expect(createTools(testTurn(vip.id, { store }).input).getCustomerHistory).toBeUndefined();
    const unknown = { customer: { id: "cus_new", email: "nobody@example.com", verified: true as const } };
    expect(await run(createTools(testTurn(vip.id, { store, session: unknown }).input).getCustomerHistory, {})).toMatchObject({ ok: false, code: "unknown_customer" });
    // A signed-in attacker's own valid id next to the victim's email: the store's record has another id.
    const borrowed = { customer: { id: "cus_seed_anna", email: "vip@example.com", verified: true as const } };
    expect(await run(createTools(testTurn(vip.id, { store, session: borrowed }).input).getCustomerHistory, {})).toMatchObject({ ok: false, code: "unknown_customer" });
  });
});
