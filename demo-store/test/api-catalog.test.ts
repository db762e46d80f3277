import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Product } from "../src/domain/product.ts";
import { api, errorOf, newCart, testStore } from "./support/test-store.ts";

const app = testStore();

describe("Store API: auth and routing", () => {
  it("401 unauthorized without or with a wrong bearer token", async () => {
    const none = await app.request("/api/products");
    expect(none.status).toBe(401);
    expect(await errorOf(none)).toMatchObject({ code: "unauthorized" });
    const wrong = await api(app, "GET", "/products", undefined, "not-the-token");
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).code).toBe("unauthorized");
  });

  it("404 not_found as JSON for unknown API routes", async () => {
    const res = await api(app, "GET", "/nope");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("GET /health", async () => {
    expect(await (await app.request("/health")).json()).toEqual({ ok: true });
  });
});

describe("GET /api/products", () => {
  const list = async (query: string) => z.object({ products: z.array(Product) }).parse(await (await api(app, "GET", `/products${query}`)).json()).products;

  it("lists at least 16 products in the four categories with variants and absolute URLs", async () => {
    const products = await list("?limit=100");
    expect(products.length).toBeGreaterThanOrEqual(16);
    expect(new Set(products.map((p) => p.category))).toEqual(new Set(["apparel", "shoes", "electronics", "home"]));
    const first = products[0];
    expect(first?.url).toBe(`http://store.test/products/${first?.id}`);
    expect(first?.image).toBe(`http://store.test/images/${first?.id}.svg`);
    expect(products.every((p) => p.variants.every((v) => v.price.currency === "EUR" && Number.isInteger(v.price.amount)))).toBe(true);
  });

  it("seeds low and zero stock", async () => {
    const inventory = (await list("?limit=100")).flatMap((p) => p.variants.map((v) => v.inventory));
    expect(inventory).toContain(0);
    expect(inventory.some((n) => n >= 1 && n <= 3)).toBe(true);
  });

  it("filters by category, query and limit", async () => {
    const shoes = await list("?category=shoes");
    expect(shoes.length).toBeGreaterThan(0);
    expect(shoes.every((p) => p.category === "shoes")).toBe(true);
    const pixel = await list("?query=pixel%209");
    expect(pixel.length).toBeGreaterThan(0);
    expect(pixel.every((p) => p.compatibleWith?.some((m) => m.startsWith("Pixel 9")))).toBe(true);
    expect(await list("?limit=2")).toHaveLength(2);
    expect((await list("?query=&category=&limit=")).length).toBeGreaterThanOrEqual(16);
  });

  it("400 invalid_request for a bad category or limit", async () => {
    for (const q of ["?category=toys", "?limit=0", "?limit=abc"]) {
      const res = await api(app, "GET", `/products${q}`);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("invalid_request");
    }
  });
});

describe("GET /api/products/:id", () => {
  it("returns size guide, fit note and colours for apparel; compatibility for accessories", async () => {
    const sweater = Product.parse(await (await api(app, "GET", "/products/merino-crew-sweater")).json());
    expect(sweater.sizeGuide?.rows.map((r) => r.size)).toEqual(["XS", "S", "M", "L", "XL"]);
    expect(sweater.variants.find((v) => v.options.size === "M" && v.options.color === "Navy")?.inventory).toBe(2);
    const shoe = Product.parse(await (await api(app, "GET", "/products/trail-runner")).json());
    expect(shoe.attributes.fit).toMatch(/runs small/i);
    expect(shoe.variants.map((v) => v.options.size)).toContain("42.5");
    const caseProduct = Product.parse(await (await api(app, "GET", "/products/magsafe-clear-case")).json());
    expect(caseProduct.compatibleWith).toEqual(expect.arrayContaining(["iPhone 15", "iPhone 16"]));
    expect(caseProduct.rating).toEqual({ average: expect.any(Number), count: expect.any(Number) });
  });

  it("404 product_not_found", async () => {
    const res = await api(app, "GET", "/products/unicorn");
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ code: "product_not_found", productId: "unicorn" });
  });
});

describe("GET /api/policies", () => {
  it("returns returns, exchanges, shipping, payments, guest checkout, security and support", async () => {
    const body = z
      .object({
        returns: z.object({ days: z.literal(30), free: z.literal(true), conditions: z.string() }),
        exchanges: z.object({}).loose(),
        shipping: z.object({}).loose(),
        payments: z.array(z.object({ id: z.string(), name: z.string(), bnpl: z.boolean() })),
        guestCheckout: z.object({ allowed: z.literal(true) }).loose(),
        security: z.object({ pciDss: z.literal(true), threeDSecure: z.literal(true) }).loose(),
        support: z.object({ email: z.string(), hours: z.string() }),
      })
      .parse(await (await api(app, "GET", "/policies")).json());
    expect(body.payments.map((p) => p.id)).toEqual(["card", "paypal", "apple_pay", "google_pay", "klarna"]);
    expect(body.payments.find((p) => p.id === "klarna")?.bnpl).toBe(true);
  });
});

describe("GET /api/customers", () => {
  it("returns a known customer with past orders, never the password hash", async () => {
    const res = await api(app, "GET", "/customers?email=VIP@example.com");
    const body = z.object({ customer: z.looseObject({ email: z.string(), lifetimeValue: z.object({ amount: z.number() }) }), orders: z.array(z.looseObject({ id: z.string(), discounts: z.array(z.looseObject({ code: z.string() })) })) }).parse(await res.json());
    expect(body.customer.email).toBe("vip@example.com");
    expect(body.customer).not.toHaveProperty("passwordHash");
    expect(body.orders.map((o) => o.id)).toEqual(["ord_seed_vip"]);
    expect(body.orders[0]?.discounts.map((d) => d.code)).toEqual(["VIP20"]);
    expect(body.customer.lifetimeValue.amount).toBeGreaterThan(0);
  });

  it("unknown email: no customer, no orders; bad email: 400", async () => {
    expect(await (await api(app, "GET", "/customers?email=new@example.com")).json()).toEqual({ orders: [] });
    const bad = await api(app, "GET", "/customers?email=not-an-email");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).code).toBe("invalid_request");
  });
});

describe("GET /api/shipping/rates", () => {
  const Rates = z.object({ country: z.string(), rates: z.array(z.looseObject({ id: z.string(), price: z.object({ amount: z.number() }), minDays: z.number(), maxDays: z.number() })), dutiesNote: z.string().optional() });

  it("quotes for the cart: DE standard free over €60", async () => {
    const small = await newCart(app, [{ variantId: "organic-cotton-tee--m-white", quantity: 1 }]);
    const big = await newCart(app, [{ variantId: "merino-crew-sweater--s-navy", quantity: 1 }]);
    const smallRates = Rates.parse(await (await api(app, "GET", `/shipping/rates?cartId=${small.id}&country=DE&postalCode=10115`)).json());
    const bigRates = Rates.parse(await (await api(app, "GET", `/shipping/rates?cartId=${big.id}&country=de`)).json());
    expect(smallRates.rates[0]).toMatchObject({ id: "de-standard", price: { amount: 495 }, freeOver: { amount: 6000 } });
    expect(bigRates.rates[0]).toMatchObject({ id: "de-standard", price: { amount: 0 }, originalPrice: { amount: 495 }, freeBecause: "threshold" });
  });

  it("US has a duties note; without a cart it quotes list prices", async () => {
    const us = Rates.parse(await (await api(app, "GET", "/shipping/rates?country=US")).json());
    expect(us.rates.map((r) => r.id)).toEqual(["us-standard", "us-express"]);
    expect(us.dutiesNote).toMatch(/duties/i);
  });

  it("400 without a country, 422 country_not_supported, 404 cart_not_found", async () => {
    const missing = await api(app, "GET", "/shipping/rates");
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).code).toBe("invalid_request");
    const mars = await api(app, "GET", "/shipping/rates?country=BR");
    expect(mars.status).toBe(422);
    expect(await errorOf(mars)).toMatchObject({ code: "country_not_supported", supported: ["DE", "FR", "GB", "US", "AU"] });
    const ghost = await api(app, "GET", "/shipping/rates?country=DE&cartId=cart_ghost");
    expect(ghost.status).toBe(404);
    expect((await errorOf(ghost)).code).toBe("cart_not_found");
  });
});
