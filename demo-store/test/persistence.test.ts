import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reseed } from "../src/data/store-repository.ts";
import { Shopper } from "./support/shopper.ts";
import { api, testStore } from "./support/test-store.ts";

const dataDir = mkdtempSync(join(tmpdir(), "demo-store-test-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("persistence", () => {
  it("carts, orders, customers, inventory and coupon use survive a restart", async () => {
    const first = testStore({ dataDir });
    expect(existsSync(join(dataDir, "store.json"))).toBe(true);
    const shopper = new Shopper(first);
    await shopper.submit("/cart/lines", { variantId: "ceramic-pour-over--charcoal", quantity: "1" });
    await shopper.submit("/cart/discounts", { code: "WELCOME5" });
    const orderId = await shopper.checkout("persist@example.com");
    const open = await (await api(first, "POST", "/carts", { lines: [{ variantId: "desk-lamp--silver", quantity: 2 }], customer: { email: "later@example.com" } })).json();

    const second = testStore({ dataDir });
    expect(await (await api(second, "GET", `/carts/${open.id}`)).json()).toMatchObject({ lines: [{ variantId: "desk-lamp--silver", quantity: 2 }], customer: { email: "later@example.com" } });
    const history = await (await api(second, "GET", "/customers?email=persist@example.com")).json();
    expect(history.customer.email).toBe("persist@example.com");
    expect(history.orders.map((o: { id: string }) => o.id)).toEqual([orderId]);
    const product = await (await api(second, "GET", "/products/ceramic-pour-over")).json();
    expect(product.variants.find((v: { id: string }) => v.id === "ceramic-pour-over--charcoal").inventory).toBe(1);
    const cart = await (await api(second, "POST", "/carts", { lines: [{ variantId: "desk-lamp--black", quantity: 1 }], customer: { email: "persist@example.com" } })).json();
    expect((await api(second, "POST", `/carts/${cart.id}/discounts`, { code: "WELCOME5" })).status).toBe(422);
    expect(readdirSync(dataDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("in-memory stores (no dataDir) do not share state", async () => {
    const a = testStore();
    const cart = await (await api(a, "POST", "/carts", {})).json();
    expect((await api(testStore(), "GET", `/carts/${cart.id}`)).status).toBe(404);
  });

  it("reseed wipes back to the seed data", async () => {
    reseed(dataDir);
    const fresh = testStore({ dataDir });
    expect(await (await api(fresh, "GET", "/customers?email=persist@example.com")).json()).toEqual({ orders: [] });
    const product = await (await api(fresh, "GET", "/products/ceramic-pour-over")).json();
    expect(product.variants.find((v: { id: string }) => v.id === "ceramic-pour-over--charcoal").inventory).toBe(2);
  });
});
