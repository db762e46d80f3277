import { describe, expect, it } from "vitest";
import { api, errorOf, newCart, testStore } from "./support/test-store.ts";

/** Cross-cutting guards, checked on every Store API route. */
const app = testStore();
const cart = await newCart(app, [{ variantId: "desk-lamp--black", quantity: 1 }]);
const lineId = cart.lines[0]?.id ?? "";

const routes: [string, string][] = [
  ["GET", "/products"],
  ["GET", "/products/desk-lamp"],
  ["POST", "/carts"],
  ["GET", `/carts/${cart.id}`],
  ["POST", `/carts/${cart.id}/lines`],
  ["PATCH", `/carts/${cart.id}/lines/${lineId}`],
  ["DELETE", `/carts/${cart.id}/lines/${lineId}`],
  ["PATCH", `/carts/${cart.id}/customer`],
  ["POST", `/carts/${cart.id}/discounts`],
  ["DELETE", `/carts/${cart.id}/discounts/SAVE10`],
  ["GET", "/shipping/rates?country=DE"],
  ["GET", "/policies"],
  ["POST", `/carts/${cart.id}/checkout-links`],
  ["GET", "/customers?email=vip@example.com"],
];
const bodyRoutes = routes.filter(([method, path]) => (method === "POST" || method === "PATCH") && !path.endsWith("checkout-links"));

describe("every Store API route", () => {
  it.each(routes)("%s %s → 401 unauthorized without the token", async (method, path) => {
    const res = await app.request(`/api${path}`, { method });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await errorOf(res)).code).toBe("unauthorized");
  });

  it.each(bodyRoutes)("%s %s → 400 invalid_json for a malformed body", async (method, path) => {
    const res = await api(app, method, path, '{"oops": ');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("invalid_json");
  });

  it.each(bodyRoutes)("%s %s → 400 invalid_request for wrong types", async (method, path) => {
    const res = await api(app, method, path, { lines: "x", variantId: 1, quantity: "1", email: 5, code: [] });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("invalid_request");
  });

  it.each(bodyRoutes)("%s %s → 413 payload_too_large over 16 KiB", async (method, path) => {
    const res = await api(app, method, path, JSON.stringify({ pad: "x".repeat(17 * 1024) }));
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: "payload_too_large", limit: 16 * 1024 });
  });
});
