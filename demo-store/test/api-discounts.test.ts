import { describe, expect, it } from "vitest";
import { api, cartOf, errorOf, newCart, testStore } from "./support/test-store.ts";

const app = testStore({ now: () => new Date("2026-11-25T12:00:00Z") });
const SWEATER = "merino-crew-sweater--s-navy"; // €89
const TEE = "organic-cotton-tee--m-white"; // €29
const SHOE = "trail-runner--44"; // €139

const apply = (cartId: string, code: string) => api(app, "POST", `/carts/${cartId}/discounts`, { code });

describe("POST /api/carts/:id/discounts", () => {
  it("SAVE10 on €89 → −€8.90", async () => {
    const cart = await newCart(app, [{ variantId: SWEATER, quantity: 1 }]);
    const res = await apply(cart.id, "save10");
    expect(res.status).toBe(200);
    const after = await cartOf(res);
    expect(after.discounts).toEqual([{ code: "SAVE10", kind: "percent", amount: { amount: 890, currency: "EUR" }, description: "10% off orders over €50" }]);
    expect(after.total.amount).toBe(8900 - 890);
  });

  it("SHOES15 discounts only the shoes", async () => {
    const cart = await newCart(app, [{ variantId: SHOE, quantity: 1 }, { variantId: TEE, quantity: 1 }]);
    const after = await cartOf(await apply(cart.id, "SHOES15"));
    expect(after.discounts[0]?.amount.amount).toBe(2085);
    expect(after.total.amount).toBe(13900 + 2900 - 2085);
  });

  it("WELCOME5 for a new email; a newer order-level code replaces the older one", async () => {
    const cart = await newCart(app, [{ variantId: SWEATER, quantity: 1 }], { email: "first@example.com" });
    await apply(cart.id, "WELCOME5");
    const after = await cartOf(await apply(cart.id, "TENOFF"));
    expect(after.discounts.map((d) => d.code)).toEqual(["TENOFF"]);
    expect(after.total.amount).toBe(7900);
  });

  it("FREESHIP shows with amount 0 until a standard rate is chosen, and stacks with one order-level code", async () => {
    const cart = await newCart(app, [{ variantId: SWEATER, quantity: 1 }]);
    await apply(cart.id, "SAVE10");
    const after = await cartOf(await apply(cart.id, "FREESHIP"));
    expect(after.discounts.map((d) => [d.code, d.kind, d.amount.amount])).toEqual([
      ["SAVE10", "percent", 890],
      ["FREESHIP", "free_shipping", 0],
    ]);
    expect(after.total.amount).toBe(8010);
    const small = await newCart(app, [{ variantId: TEE, quantity: 1 }]);
    await apply(small.id, "FREESHIP");
    const rates = await (await api(app, "GET", `/shipping/rates?cartId=${small.id}&country=DE`)).json();
    expect(rates.rates[0]).toMatchObject({ id: "de-standard", price: { amount: 0 }, originalPrice: { amount: 495 }, freeBecause: "coupon" });
    // FREESHIP is for Germany only: abroad the rate stays what it costs.
    const abroad = await (await api(app, "GET", `/shipping/rates?cartId=${cart.id}&country=US`)).json();
    expect(abroad.rates[0]).toMatchObject({ id: "us-standard", price: { amount: 1995 } });
  });

  it("drops a coupon when the cart falls below its minimum", async () => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 2 }]);
    await apply(cart.id, "TENOFF");
    const after = await cartOf(await api(app, "PATCH", `/carts/${cart.id}/lines/${cart.lines[0]?.id}`, { quantity: 1 }));
    expect(after.discounts).toEqual([]);
    expect(after.total.amount).toBe(2900);
  });

  it.each([
    ["BOGUS", "coupon_invalid"],
    ["SUMMER24", "coupon_expired"],
    ["VIP20", "coupon_already_used"],
    ["SHOES15", "coupon_not_applicable"],
    ["SAVE10", "coupon_minimum_not_met"],
    ["TENOFF", "coupon_minimum_not_met"],
  ])("422 for %s → %s", async (code, expected) => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 1 }]);
    const res = await apply(cart.id, code);
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toMatchObject({ code: expected, coupon: code });
    expect((await cartOf(await api(app, "GET", `/carts/${cart.id}`))).discounts).toEqual([]);
  });

  it("422 coupon_not_applicable for WELCOME5 when the email already ordered", async () => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 1 }], { email: "anna@example.com" });
    const res = await apply(cart.id, "WELCOME5");
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toMatchObject({ code: "coupon_not_applicable", reason: "first_order_only" });
  });

  it("400 for malformed or wrong-typed bodies, 404 for unknown carts", async () => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 1 }]);
    expect((await api(app, "POST", `/carts/${cart.id}/discounts`, "code=SAVE10")).status).toBe(400);
    const wrong = await api(app, "POST", `/carts/${cart.id}/discounts`, { code: 10 });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).code).toBe("invalid_request");
    expect((await apply("cart_missing", "SAVE10")).status).toBe(404);
  });

  it("DELETE /api/carts/:id/discounts/:code removes it; 404 discount_not_found otherwise", async () => {
    const cart = await newCart(app, [{ variantId: SWEATER, quantity: 1 }]);
    await apply(cart.id, "SAVE10");
    expect((await cartOf(await api(app, "DELETE", `/carts/${cart.id}/discounts/save10`))).discounts).toEqual([]);
    const again = await api(app, "DELETE", `/carts/${cart.id}/discounts/SAVE10`);
    expect(again.status).toBe(404);
    expect((await errorOf(again)).code).toBe("discount_not_found");
  });
});
