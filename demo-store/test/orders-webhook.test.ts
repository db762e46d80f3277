import { createHmac, timingSafeEqual } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { Money } from "../src/domain/money.ts";
import { Shopper } from "./support/shopper.ts";
import { api, errorOf, SECRET, testStore } from "./support/test-store.ts";
import { webhookInbox } from "./support/webhook-inbox.ts";

const OrderCreated = z.object({
  type: z.literal("order.created"),
  orderId: z.string(),
  cartId: z.string(),
  total: Money,
  discounts: z.array(z.object({ code: z.string(), amount: Money, description: z.string() })),
  placedAt: z.iso.datetime(),
  email: z.string(),
  attribution: z.object({ cs: z.string() }).nullable(),
});

const verifies = (body: string, header: string | string[] | undefined) => {
  const expected = Buffer.from(`sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`);
  const given = Buffer.from(typeof header === "string" ? header : "");
  return given.length === expected.length && timingSafeEqual(given, expected);
};

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

describe("placing an order", () => {
  it("marks the cart ordered, decrements stock, records the coupon and POSTs a signed order.created", async () => {
    const inbox = await webhookInbox();
    closers.push(inbox.close);
    const app = testStore({ webhookUrls: [inbox.url] });
    const shopper = new Shopper(app);
    await shopper.submit("/cart/lines", { variantId: "trail-runner--42", quantity: "2" });
    await shopper.submit("/cart/discounts", { code: "WELCOME5" });
    const cartId = shopper.cookie("cart_id") ?? "";
    const delivered = inbox.next();
    const orderId = await shopper.checkout("newbie@example.com");

    const delivery = await delivered;
    expect(verifies(delivery.body, delivery.headers["x-store-signature"])).toBe(true);
    expect(delivery.headers["content-type"]).toBe("application/json");
    const event = OrderCreated.parse(JSON.parse(delivery.body));
    expect(event).toMatchObject({ orderId, cartId, email: "newbie@example.com", total: { amount: 2 * 13900 - 500, currency: "EUR" }, attribution: null });
    expect(event.discounts).toEqual([{ code: "WELCOME5", amount: { amount: 500, currency: "EUR" }, description: "€5 off your first order" }]);

    expect(await shopper.html(`/orders/${orderId}`)).toContain(orderId);
    expect(shopper.cookie("cart_id")).toBeUndefined();
    const cart = await (await api(app, "GET", `/carts/${cartId}`)).json();
    expect(cart).toMatchObject({ status: "ordered", orderId });
    const changed = await api(app, "POST", `/carts/${cartId}/lines`, { variantId: "desk-lamp--black", quantity: 1 });
    expect(changed.status).toBe(409);
    expect((await errorOf(changed)).code).toBe("cart_not_open");
    const product = await (await api(app, "GET", "/products/trail-runner")).json();
    expect(product.variants.find((v: { id: string }) => v.id === "trail-runner--42").inventory).toBe(0);
    const history = await (await api(app, "GET", "/customers?email=newbie@example.com")).json();
    expect(history.orders.map((o: { id: string }) => o.id)).toEqual([orderId]);

    const second = await (await api(app, "POST", "/carts", { lines: [{ variantId: "desk-lamp--black", quantity: 1 }], customer: { email: "newbie@example.com" } })).json();
    const again = await api(app, "POST", `/carts/${second.id}/discounts`, { code: "WELCOME5" });
    expect((await errorOf(again)).code).toBe("coupon_not_applicable");
  });

  it("retries a failed delivery and does not hold up the shopper", async () => {
    const inbox = await webhookInbox([500, 503]);
    closers.push(inbox.close);
    const app = testStore({ webhookUrls: [inbox.url], webhookBackoffMs: [10, 10, 10] });
    const shopper = new Shopper(app);
    await shopper.submit("/cart/lines", { variantId: "desk-lamp--black", quantity: "1" });
    const deliveries = [inbox.next(), inbox.next(), inbox.next()];
    const orderId = await shopper.checkout("retry@example.com", "FR");
    const [first, , third] = await Promise.all(deliveries);
    expect(third?.body).toBe(first?.body);
    expect(OrderCreated.parse(JSON.parse(third?.body ?? "")).orderId).toBe(orderId);
    expect(inbox.received).toHaveLength(3);
  });

  it("a first-order coupon falls away once the email turns out to have ordered before", async () => {
    const app = testStore();
    const a = new Shopper(app);
    const b = new Shopper(app);
    for (const s of [a, b]) await s.submit("/cart/lines", { variantId: "wool-throw--rust", quantity: "1" });
    for (const s of [a, b]) await s.submit("/cart/discounts", { code: "WELCOME5" });
    await a.checkout("same@example.com");
    const cartId = b.cookie("cart_id") ?? "";
    expect((await (await api(app, "GET", `/carts/${cartId}`)).json()).discounts).toHaveLength(1);
    const orderId = await b.checkout("same@example.com");
    const history = await (await api(app, "GET", "/customers?email=same@example.com")).json();
    const order = history.orders.find((o: { id: string }) => o.id === orderId);
    expect(order.discounts).toEqual([]);
    expect(order.total.amount).toBe(9500);
  });
});
