import { describe, expect, it } from "vitest";
import { createTools } from "../../src/agent/tools/index.ts";
import { demoStore } from "../store/demo-store-fixture.ts";
import { run, testTurn } from "./agent-fixtures.ts";

/** checkStock resolves every option: what the shopper does not name is the cart line's. */
describe("checkStock over every option", () => {
  const store = demoStore();
  const stockFor = async (variantId: string, input: Parameters<NonNullable<ReturnType<typeof createTools>["checkStock"]["execute"]>>[0]) => {
    const cart = await store.newCart([{ variantId, quantity: 1 }]);
    return run(createTools(testTurn(cart.id, { store }).input).checkStock, input);
  };

  it("a size question is about the cart's colour (M/Navy in the cart: L/Navy is sold out, L/Oatmeal is not)", async () => {
    const out = await stockFor("merino-crew-sweater--m-navy", { size: "L" });
    expect(out).toMatchObject({ ok: true, inStock: false, requested: { size: "L", color: "Navy" } });
    if (!out.ok) return;
    expect(out.matches.map((m) => m.variantId)).toEqual(["merino-crew-sweater--l-navy"]);
    expect(out.alternatives.map((a) => a.variantId)).toContain("merino-crew-sweater--l-oatmeal");
  });

  it("a named colour keeps the cart's size", async () => {
    const out = await stockFor("organic-cotton-tee--m-white", { color: "terracotta" });
    expect(out).toMatchObject({ ok: true, inStock: false, requested: { size: "M", color: "Terracotta" } });
  });

  it("bigger and smaller follow the product's own size order", async () => {
    expect(await stockFor("merino-crew-sweater--m-navy", { relative: "bigger" })).toMatchObject({ ok: true, inStock: false, requested: { size: "L", color: "Navy" } });
    expect(await stockFor("trail-runner--42", { relative: "bigger" })).toMatchObject({ ok: true, inStock: false, requested: { size: "42.5" } });
    expect(await stockFor("trail-runner--42", { relative: "smaller" })).toMatchObject({ ok: true, inStock: true, requested: { size: "41.5" } });
    expect(await stockFor("merino-crew-sweater--xl-navy", { relative: "bigger" })).toMatchObject({ ok: true, noSizeBeyond: "bigger", sizes: ["XS", "S", "M", "L", "XL"] });
  });

  it("a size the product is not made in is not made, with the range it is made in", async () => {
    const out = await stockFor("organic-cotton-tee--m-white", { size: "XXXL" });
    expect(out).toMatchObject({ ok: true, inStock: false, matches: [], notMade: { option: "size", value: "XXXL", madeIn: ["XS", "S", "M", "L", "XL"] } });
  });

  it("a store that knows only stock levels gives the level, never a count", async () => {
    const levels = { ...store, adapter: { ...store.adapter, capabilities: { ...store.adapter.capabilities, stock: "level" as const } } };
    const cart = await store.newCart([{ variantId: "trail-runner--42", quantity: 1 }]);
    const out = await run(createTools(testTurn(cart.id, { store: levels }).input).checkStock, { size: "42" });
    expect(out).toMatchObject({ ok: true, inStock: true, matches: [{ variantId: "trail-runner--42", stockLevel: "low_stock" }] });
    if (!out.ok) return;
    for (const variant of [...out.matches, ...out.alternatives]) expect(variant).not.toHaveProperty("inventory");
  });
});
