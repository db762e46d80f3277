import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Shopper } from "./support/shopper.ts";
import { api, errorOf, newCart, PUBLIC_URL, testStore } from "./support/test-store.ts";
import { webhookInbox } from "./support/webhook-inbox.ts";

let clock = new Date("2026-11-25T12:00:00Z");
const app = testStore({ now: () => clock });
const Link = z.object({ url: z.string(), expiresAt: z.iso.datetime() });

async function linkFor(cartId: string) {
  const res = await api(app, "POST", `/carts/${cartId}/checkout-links`);
  expect(res.status).toBe(200);
  return Link.parse(await res.json());
}
const pathOf = (url: string) => url.slice(PUBLIC_URL.length);

describe("checkout links", () => {
  it("are signed URLs on the store that expire in 24 hours", async () => {
    const cart = await newCart(app, [{ variantId: "desk-lamp--black", quantity: 1 }]);
    const link = await linkFor(cart.id);
    expect(link.url).toMatch(new RegExp(`^${PUBLIC_URL}/checkout/resume/[\\w-]+\\.[\\w-]+$`));
    expect(Date.parse(link.expiresAt) - clock.getTime()).toBe(24 * 3600 * 1000);
  });

  it("open in a fresh browser: set the cart cookie and continue at checkout with the cart", async () => {
    const cart = await newCart(app, [{ variantId: "desk-lamp--black", quantity: 1 }], { email: "back@example.com" });
    const fresh = new Shopper(app);
    const res = await fresh.get(pathOf((await linkFor(cart.id)).url));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/checkout/shipping");
    expect(fresh.cookie("cart_id")).toBe(cart.id);
    const page = await fresh.html("/checkout/shipping");
    expect(page).toContain("Dimmable LED Desk Lamp");
    expect(page).toContain(`"cartId":"${cart.id}"`);
  });

  it("carry ?cs= through to the order webhook as attribution", async () => {
    const inbox = await webhookInbox();
    const attributed = testStore({ now: () => clock, webhookUrls: [inbox.url] });
    const created = await (await api(attributed, "POST", "/carts", { lines: [{ variantId: "wool-throw--rust", quantity: 1 }] })).json();
    const link = Link.parse(await (await api(attributed, "POST", `/carts/${created.id}/checkout-links`)).json());
    const shopper = new Shopper(attributed);
    expect((await shopper.get(`${pathOf(link.url)}?cs=sess_123`)).status).toBe(303);
    const delivered = inbox.next();
    await shopper.checkout("attributed@example.com");
    expect(JSON.parse((await delivered).body)).toMatchObject({ cartId: created.id, attribution: { cs: "sess_123" } });
    await inbox.close();
  });

  it("expired links show a clear error page (410)", async () => {
    const cart = await newCart(app, [{ variantId: "desk-lamp--black", quantity: 1 }]);
    const link = await linkFor(cart.id);
    const saved = clock;
    clock = new Date(saved.getTime() + 24 * 3600 * 1000 + 1);
    const shopper = new Shopper(app);
    const res = await shopper.get(pathOf(link.url));
    clock = saved;
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("This link has expired");
    expect(shopper.cookie("cart_id")).toBeUndefined();
  });

  it("forged or tampered links are rejected (400)", async () => {
    const cart = await newCart(app, [{ variantId: "desk-lamp--black", quantity: 1 }]);
    const other = await newCart(app, [{ variantId: "wool-throw--rust", quantity: 1 }]);
    const token = pathOf((await linkFor(cart.id)).url).split("/").pop() ?? "";
    const [payload = "", signature = ""] = token.split(".");
    const swapped = Buffer.from(JSON.stringify({ c: other.id, e: Date.parse("2030-01-01") })).toString("base64url");
    // Tamper inside the signature: the last base64url character may carry only padding bits, so changing it can decode to the same bytes.
    const tampered = `${signature.slice(0, 5)}${signature[5] === "A" ? "B" : "A"}${signature.slice(6)}`;
    for (const forged of [`${swapped}.${signature}`, `${payload}.${tampered}`, "garbage", `${payload}.`]) {
      const shopper = new Shopper(app);
      const res = await shopper.get(`/checkout/resume/${forged}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("This link is not valid");
      expect(shopper.cookie("cart_id")).toBeUndefined();
    }
  });

  it("404 for unknown carts and 409 once the cart is ordered", async () => {
    const missing = await api(app, "POST", "/carts/cart_missing/checkout-links");
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe("cart_not_found");
    const shopper = new Shopper(app);
    await shopper.submit("/cart/lines", { variantId: "desk-lamp--black", quantity: "1" });
    const cartId = shopper.cookie("cart_id") ?? "";
    const link = await linkFor(cartId);
    await shopper.checkout();
    expect((await api(app, "POST", `/carts/${cartId}/checkout-links`)).status).toBe(409);
    expect((await new Shopper(app).get(pathOf(link.url))).status).toBe(409);
  });
});
