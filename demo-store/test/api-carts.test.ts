import { describe, expect, it } from "vitest";
import { api, cartOf, errorOf, newCart, testStore } from "./support/test-store.ts";

const app = testStore({ now: () => new Date("2026-11-25T12:00:00Z") });
const TEE = "organic-cotton-tee--m-white"; // 25 in stock, €29
const LOW = "trail-runner--42"; // 2 in stock
const SOLD_OUT = "trail-runner--42-5";

describe("POST /api/carts", () => {
  it("201 with priced lines, subtotal and total", async () => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 2 }], { email: "shopper@example.com", consent: { email: true } });
    expect(cart).toMatchObject({
      status: "open",
      currency: "EUR",
      lines: [{ variantId: TEE, productId: "organic-cotton-tee", title: "Organic Cotton Tee", variantTitle: "M/White", quantity: 2, unitPrice: { amount: 2900 }, lineTotal: { amount: 5800 } }],
      subtotal: { amount: 5800, currency: "EUR" },
      discounts: [],
      shipping: null,
      total: { amount: 5800, currency: "EUR" },
      customer: { email: "shopper@example.com", consent: { email: true, sms: false, whatsapp: false } },
    });
  });

  it("an empty body object creates an empty cart", async () => {
    const res = await api(app, "POST", "/carts", {});
    expect(res.status).toBe(201);
    expect((await cartOf(res)).lines).toEqual([]);
  });

  it("400 invalid_json, 400 invalid_request, 404 variant_not_found, 409 out_of_stock", async () => {
    const malformed = await api(app, "POST", "/carts", "{lines: [");
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toBe("invalid_json");
    const wrongTypes = await api(app, "POST", "/carts", { lines: [{ variantId: 7, quantity: "two" }] });
    expect(wrongTypes.status).toBe(400);
    expect(await errorOf(wrongTypes)).toMatchObject({ code: "invalid_request", issues: expect.arrayContaining([expect.objectContaining({ path: "lines.0.variantId" })]) });
    const unknown = await api(app, "POST", "/carts", { lines: [{ variantId: "nope", quantity: 1 }] });
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe("variant_not_found");
    const soldOut = await api(app, "POST", "/carts", { lines: [{ variantId: SOLD_OUT, quantity: 1 }] });
    expect(soldOut.status).toBe(409);
    expect(await errorOf(soldOut)).toMatchObject({ code: "out_of_stock", available: 0, variantId: SOLD_OUT });
  });

  it("413 payload_too_large for oversized bodies", async () => {
    const res = await api(app, "POST", "/carts", JSON.stringify({ lines: [], pad: "x".repeat(20_000) }));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("payload_too_large");
  });
});

describe("GET /api/carts/:id", () => {
  it("returns the cart, 404 cart_not_found for unknown ids", async () => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 1 }]);
    expect((await cartOf(await api(app, "GET", `/carts/${cart.id}`))).id).toBe(cart.id);
    const res = await api(app, "GET", "/carts/cart_missing");
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ code: "cart_not_found", cartId: "cart_missing" });
  });
});

describe("cart lines", () => {
  it("POST adds and merges lines of the same variant", async () => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 1 }]);
    const merged = await cartOf(await api(app, "POST", `/carts/${cart.id}/lines`, { variantId: TEE, quantity: 2 }));
    expect(merged.lines).toHaveLength(1);
    expect(merged.lines[0]?.quantity).toBe(3);
    expect(merged.itemCount).toBe(3);
  });

  it("POST 409 out_of_stock tells how many are available", async () => {
    const cart = await newCart(app, [{ variantId: LOW, quantity: 1 }]);
    const res = await api(app, "POST", `/carts/${cart.id}/lines`, { variantId: LOW, quantity: 2 });
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toMatchObject({ code: "out_of_stock", available: 2, requested: 3 });
    expect((await cartOf(await api(app, "GET", `/carts/${cart.id}`))).lines[0]?.quantity).toBe(1);
  });

  it("POST errors: 400 malformed, 400 wrong types, 404 unknown cart", async () => {
    const cart = await newCart(app, []);
    expect((await api(app, "POST", `/carts/${cart.id}/lines`, "nope")).status).toBe(400);
    const wrong = await api(app, "POST", `/carts/${cart.id}/lines`, { variantId: TEE, quantity: 0 });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).code).toBe("invalid_request");
    expect((await api(app, "POST", "/carts/cart_missing/lines", { variantId: TEE, quantity: 1 })).status).toBe(404);
  });

  it("PATCH changes quantity, swaps the variant, and removes at quantity 0", async () => {
    const cart = await newCart(app, [{ variantId: "trail-runner--43", quantity: 1 }]);
    const lineId = cart.lines[0]?.id ?? "";
    const more = await cartOf(await api(app, "PATCH", `/carts/${cart.id}/lines/${lineId}`, { quantity: 1 }));
    expect(more.lines[0]?.quantity).toBe(1);
    const swapped = await cartOf(await api(app, "PATCH", `/carts/${cart.id}/lines/${lineId}`, { variantId: "trail-runner--44" }));
    expect(swapped.lines[0]).toMatchObject({ id: lineId, variantId: "trail-runner--44", variantTitle: "44" });
    const removed = await cartOf(await api(app, "PATCH", `/carts/${cart.id}/lines/${lineId}`, { quantity: 0 }));
    expect(removed.lines).toEqual([]);
  });

  it("PATCH errors: 409 swap onto sold-out variant, 404 line_not_found, 400 empty patch", async () => {
    const cart = await newCart(app, [{ variantId: "trail-runner--43", quantity: 1 }]);
    const lineId = cart.lines[0]?.id ?? "";
    const soldOut = await api(app, "PATCH", `/carts/${cart.id}/lines/${lineId}`, { variantId: SOLD_OUT });
    expect(soldOut.status).toBe(409);
    expect(await errorOf(soldOut)).toMatchObject({ code: "out_of_stock", available: 0 });
    const missing = await api(app, "PATCH", `/carts/${cart.id}/lines/ln_missing`, { quantity: 1 });
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("line_not_found");
    const empty = await api(app, "PATCH", `/carts/${cart.id}/lines/${lineId}`, {});
    expect(empty.status).toBe(400);
    expect((await api(app, "PATCH", `/carts/${cart.id}/lines/${lineId}`, "{")).status).toBe(400);
  });

  it("DELETE removes a line; 404 for an unknown line", async () => {
    const cart = await newCart(app, [{ variantId: TEE, quantity: 1 }, { variantId: "desk-lamp--black", quantity: 1 }]);
    const after = await cartOf(await api(app, "DELETE", `/carts/${cart.id}/lines/${cart.lines[0]?.id}`));
    expect(after.lines.map((l) => l.variantId)).toEqual(["desk-lamp--black"]);
    const res = await api(app, "DELETE", `/carts/${cart.id}/lines/ln_missing`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("line_not_found");
  });
});

describe("PATCH /api/carts/:id/customer", () => {
  it("merges contact details and consent", async () => {
    const cart = await newCart(app, []);
    await api(app, "PATCH", `/carts/${cart.id}/customer`, { email: "a@example.com", consent: { sms: true } });
    const updated = await cartOf(await api(app, "PATCH", `/carts/${cart.id}/customer`, { phone: "+4915112345678", country: "DE", postalCode: "10115" }));
    expect(updated.customer).toEqual({ email: "a@example.com", phone: "+4915112345678", country: "DE", postalCode: "10115", consent: { email: false, sms: true, whatsapp: false } });
  });

  it("400 for a bad email or unknown field, 404 for an unknown cart", async () => {
    const cart = await newCart(app, []);
    const bad = await api(app, "PATCH", `/carts/${cart.id}/customer`, { email: "nope" });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("invalid_request");
    expect((await api(app, "PATCH", `/carts/${cart.id}/customer`, { nickname: "x" })).status).toBe(400);
    expect((await api(app, "PATCH", "/carts/cart_missing/customer", { email: "a@example.com" })).status).toBe(404);
  });
});
