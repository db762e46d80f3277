import { describe, expect, it } from "vitest";
import { createHttpStoreAdapter } from "../../src/store/http-store-adapter.ts";
import { demoStore, storeUrl, variants } from "./demo-store-fixture.ts";

describe("http store adapter against the demo store", () => {
  const { adapter, newCart, requests } = demoStore({ now: () => new Date("2026-11-25T12:00:00Z") });

  it("reads products, searches by category and reports unknown ids as not_found", async () => {
    const product = await adapter.getProduct("trail-runner");
    expect(product).toMatchObject({ ok: true, value: { id: "trail-runner", category: "shoes" } });
    if (!product.ok) return;
    expect(product.value.variants.find((v) => v.id === variants.runner425)?.inventory).toBe(0);
    expect(product.value.sizeGuide?.rows.length).toBeGreaterThan(5);
    const shoes = await adapter.searchProducts({ category: "shoes", limit: 8 });
    expect(shoes.ok && shoes.value.every((p) => p.category === "shoes")).toBe(true);
    expect(shoes.ok && shoes.value.length).toBeGreaterThan(1);
    expect(await adapter.getProduct("no-such-product")).toMatchObject({ ok: false, code: "not_found", status: 404 });
  });

  it("changes carts and returns out_of_stock with what is available", async () => {
    const cart = await newCart([{ variantId: variants.tee, quantity: 1 }]);
    const added = await adapter.addLine(cart.id, variants.runner42, 5);
    expect(added).toMatchObject({ ok: false, code: "out_of_stock", available: 2, status: 409 });
    const withShoe = await adapter.addLine(cart.id, variants.runner42, 1);
    expect(withShoe.ok && withShoe.value.lines.map((l) => l.variantId)).toEqual([variants.tee, variants.runner42]);
    const line = cart.lines[0];
    if (!line) throw new Error("no line");
    const swapped = await adapter.updateLine(cart.id, line.id, { quantity: 2 });
    expect(swapped.ok && swapped.value.lines[0]?.quantity).toBe(2);
    const removed = await adapter.removeLine(cart.id, line.id);
    expect(removed.ok && removed.value.lines.map((l) => l.variantId)).toEqual([variants.runner42]);
    expect(await adapter.getCart("cart_missing")).toMatchObject({ ok: false, code: "not_found" });
  });

  it("applies and removes coupons, with the store's coupon_* failures as values", async () => {
    const small = await newCart([{ variantId: variants.tee, quantity: 1 }]);
    expect(await adapter.applyDiscount(small.id, "SAVE10")).toMatchObject({ ok: false, code: "coupon_minimum_not_met", status: 422 });
    expect(await adapter.applyDiscount(small.id, "SUMMER24")).toMatchObject({ ok: false, code: "coupon_expired" });
    expect(await adapter.applyDiscount(small.id, "VIP20")).toMatchObject({ ok: false, code: "coupon_already_used" });
    expect(await adapter.applyDiscount(small.id, "SHOES15")).toMatchObject({ ok: false, code: "coupon_not_applicable" });
    expect(await adapter.applyDiscount(small.id, "NOPE")).toMatchObject({ ok: false, code: "coupon_invalid" });
    const big = await newCart([{ variantId: variants.tee, quantity: 2 }]);
    const applied = await adapter.applyDiscount(big.id, "SAVE10");
    expect(applied).toMatchObject({ ok: true, value: { discounts: [{ code: "SAVE10", amount: { amount: 580 } }], total: { amount: 5220 } } });
    const removed = await adapter.removeDiscount(big.id, "SAVE10");
    expect(removed).toMatchObject({ ok: true, value: { discounts: [], total: { amount: 5800 } } });
  });

  it("updates the customer, quotes shipping, creates checkout links and reads order history", async () => {
    const cart = await newCart([{ variantId: variants.tee, quantity: 1 }]);
    const updated = await adapter.updateCustomer(cart.id, { email: "new@example.com", country: "FR", consent: { email: true } });
    expect(updated).toMatchObject({ ok: true, value: { customer: { email: "new@example.com", country: "FR", consent: { email: true } } } });
    const rates = await adapter.getShippingRates({ cartId: cart.id, country: "DE" });
    expect(rates).toMatchObject({ ok: true, value: [{ id: "de-standard", price: { amount: 495 }, freeOver: { amount: 6000 } }, { id: "de-express" }] });
    expect(await adapter.getShippingRates({ cartId: cart.id, country: "JP" })).toMatchObject({ ok: false, code: "country_not_supported" });
    const link = await adapter.createCheckoutLink(cart.id);
    expect(link.ok && link.value.url.startsWith(storeUrl)).toBe(true);
    const vip = await adapter.getCustomer("vip@example.com");
    expect(vip.ok && vip.value.orders.map((o) => o.id)).toEqual(["ord_seed_vip"]);
    const stranger = await adapter.getCustomer("stranger@example.com");
    expect(stranger).toMatchObject({ ok: true, value: { orders: [] } });
    expect(stranger.ok && stranger.value.customer).toBeFalsy();
  });

  it("caches policies per adapter", async () => {
    const before = requests.filter((r) => r === "GET /api/policies").length;
    const first = await adapter.getPolicies();
    const second = await adapter.getPolicies();
    expect(first).toMatchObject({ ok: true, value: { returns: { days: 30, free: true } } });
    expect(second).toEqual(first);
    expect(requests.filter((r) => r === "GET /api/policies").length).toBe(before + 1);
  });

  it("reports a wrong token as the store's 401", async () => {
    const { app } = demoStore();
    const wrong = createHttpStoreAdapter({ baseUrl: storeUrl, token: "wrong", fetch: async (input, init) => app.request(new Request(input, init)) });
    const result = await wrong.getPolicies();
    expect(result).toMatchObject({ ok: false, status: 401 });
  });
});

describe("http store adapter failure modes", () => {
  const adapterWith = (fetchImpl: typeof fetch, timeoutMs?: number) =>
    createHttpStoreAdapter({ baseUrl: storeUrl, token: "t", fetch: fetchImpl, ...(timeoutMs ? { timeoutMs } : {}) });

  it("times out a store that does not answer", async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    expect(await adapterWith(hanging, 30).getCart("c")).toMatchObject({ ok: false, code: "timeout" });
  });

  it("reports unreachable, failing and malformed stores as values", async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError("fetch failed");
    };
    expect(await adapterWith(refused).getCart("c")).toMatchObject({ ok: false, code: "store_unavailable" });
    const failing: typeof fetch = async () => new Response("oops", { status: 502 });
    expect(await adapterWith(failing).getCart("c")).toMatchObject({ ok: false, code: "store_unavailable", status: 502 });
    const wrongShape: typeof fetch = async () => Response.json({ id: 7 });
    expect(await adapterWith(wrongShape).getCart("c")).toMatchObject({ ok: false, code: "invalid_response" });
    const notJson: typeof fetch = async () => new Response("<html>", { status: 200 });
    expect(await adapterWith(notJson).getPolicies()).toMatchObject({ ok: false, code: "invalid_response" });
  });
});
