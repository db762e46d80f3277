import { describe, expect, it } from "vitest";
import { turnStore } from "../../src/agent/tools/turn-store.ts";
import { demoStore, variants } from "../store/demo-store-fixture.ts";

describe("turnStore: the store as one turn's tools see it", () => {
  it("reads the cart, a product and the policies once, also when a step's tools ask at the same time", async () => {
    const store = demoStore();
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const view = turnStore(store.adapter);
    const productId = cart.lines[0]?.productId ?? "";
    const [a, b, , , p1, p2] = await Promise.all([
      view.getCart(cart.id),
      view.getCart(cart.id),
      view.getPolicies(),
      view.getPolicies(),
      view.getProduct(productId),
      view.getProduct(productId),
    ]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true, value: { id: cart.id } });
    expect(p1).toMatchObject({ ok: true, value: { id: productId } });
    expect(p2).toEqual(p1);
    await view.getCart(cart.id);
    expect(store.requests.filter((r) => r === `GET /api/carts/${cart.id}`)).toHaveLength(1);
    expect(store.requests.filter((r) => r.includes("polic"))).toHaveLength(1);
    expect(store.requests.filter((r) => r.includes(`/products/${productId}`))).toHaveLength(1);
  });

  it("reads the cart from the store again after a change to it, and sees the change", async () => {
    const store = demoStore();
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const view = turnStore(store.adapter);
    await view.getCart(cart.id);
    const lineId = cart.lines[0]?.id ?? "";
    expect(await view.updateLine(cart.id, lineId, { quantity: 3 })).toMatchObject({ ok: true });
    expect(await view.getCart(cart.id)).toMatchObject({ ok: true, value: { lines: [{ quantity: 3 }] } });
    expect(store.requests.filter((r) => r === `GET /api/carts/${cart.id}`)).toHaveLength(2);
  });

  it("does not keep a failed read: the next tool asks the store again", async () => {
    const store = demoStore();
    const view = turnStore(store.adapter);
    expect(await view.getCart("cart_missing")).toMatchObject({ ok: false, code: "not_found" });
    expect(await view.getCart("cart_missing")).toMatchObject({ ok: false, code: "not_found" });
    expect(store.requests.filter((r) => r === "GET /api/carts/cart_missing")).toHaveLength(2);
  });
});
