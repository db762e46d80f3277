import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Offer } from "../../src/config/site-config.ts";
import type { StoreAdapter } from "../../src/store/store-adapter.ts";
import { contractWorker, type ContractWorker } from "./contract-worker.ts";

type Lines = { variantId: string; quantity: number }[];

/** What one platform's fixture gives the contract suite: the adapter and its shop's known data. */
export interface ContractFixture {
  adapter: StoreAdapter;
  /** A cart as the shopper's page would have it; returns the id the page passes with `identify`. */
  newCart(lines: Lines): Promise<string>;
  product: string;
  /** A product id of the platform's id format that does not exist (default `<product>-missing`). */
  missingProduct?: string;
  variants: { inStock: string; soldOut: string; limited: { id: string; available: number } };
  /** A cart under the minimum of `codes.minimum` and one above it (no shoes in either). */
  carts: { small: Lines; big: Lines };
  codes: { valid: string; expired: string; ineligible: string; unknown: string; minimum: string };
  shipping: { country: string; unsupported: string };
  /** The site config's store section (stored through the admin API for the webhook) and the worker vars its secrets need. */
  site: { id: string; store: object; vars: Record<string, string> };
  /** The platform's signed order webhook for a checked-out cart: where it is posted and what is sent. */
  placeOrder(cartId: string): Promise<{ path: string; body: string; headers: Record<string, string> }>;
  /** A customer with past orders (default vip@example.com); checked after the webhook test placed its orders. */
  customerEmail?: string;
}

const adminHeaders = { Authorization: "Bearer dev-admin-token", "Content-Type": "application/json" };
const siteBody = (store: object) => ({
  name: "Contract shop",
  allowedOrigins: ["https://shop.example"],
  store,
  brand: { assistantName: "Mia", color: "#112233", greeting: "Hi" },
  triggers: {},
  maxDiscountPercent: 20,
  followUp: {},
  escalation: {},
});

/** The adapter contract: every adapter runs these, and prints one line per capability. */
export function adapterContract(name: string, setup: () => Promise<ContractFixture> | ContractFixture) {
  describe(`store adapter contract: ${name}`, () => {
    let f: ContractFixture;
    let worker: ContractWorker;
    const report = (capability: string, detail: string) => console.log(`[adapter-contract] ${name.padEnd(12)} ${capability.padEnd(16)} ${detail}`);

    beforeAll(async () => {
      f = await setup();
      worker = await contractWorker(f.site.vars);
      const put = await worker.request(`/v1/admin/sites/${f.site.id}`, { method: "PUT", headers: adminHeaders, body: JSON.stringify(siteBody(f.site.store)) });
      if (put.status !== 200) throw new Error(`site config refused: ${await put.text()}`);
      report("capabilities", JSON.stringify(f.adapter.capabilities));
    }, 180_000);
    afterAll(() => worker.dispose());

    it("reads the cart, and an unknown cart is not_found", async () => {
      const cart = await f.adapter.getCart(await f.newCart(f.carts.big));
      if (!cart.ok) throw new Error(`getCart failed: ${cart.code} ${cart.message}`);
      expect(cart.value.lines.length).toBe(f.carts.big.length);
      expect(cart.value.subtotal.amount).toBe(cart.value.lines.reduce((sum, l) => sum + l.lineTotal.amount, 0));
      expect(cart.value.currency).toMatch(/^[A-Z]{3}$/);
      expect(await f.adapter.getCart("no-such-cart")).toMatchObject({ ok: false, code: "not_found" });
      report("cart", `${cart.value.lines.length} lines, subtotal ${cart.value.subtotal.amount} ${cart.value.currency}`);
    });

    it("reads a product with variants keyed by lowercased option names; unknown is not_found", async () => {
      const product = await f.adapter.getProduct(f.product);
      if (!product.ok) throw new Error(`getProduct failed: ${product.code}`);
      expect(product.value.variants.length).toBeGreaterThan(1);
      for (const v of product.value.variants) {
        expect(Object.keys(v.options).every((k) => k === k.toLowerCase())).toBe(true);
        expect(v.options.size).toBeTruthy();
      }
      expect(await f.adapter.getProduct(f.missingProduct ?? `${f.product}-missing`)).toMatchObject({ ok: false, code: "not_found" });
      report("product", `${product.value.variants.length} variants, options ${Object.keys(product.value.variants[0]?.options ?? {}).join("+")}`);
    });

    it("knows the stock of a size and refuses more than is available", async () => {
      const product = await f.adapter.getProduct(f.product);
      if (!product.ok) throw new Error(product.message);
      const stock = (id: string) => product.value.variants.find((v) => v.id === id)?.inventory;
      expect(stock(f.variants.soldOut)).toBe(0);
      expect(stock(f.variants.inStock)).toBeGreaterThan(0);
      if (f.adapter.capabilities.stock === "exact") expect(stock(f.variants.limited.id)).toBe(f.variants.limited.available);
      else expect(stock(f.variants.limited.id)).toBeGreaterThan(0);
      const cartId = await f.newCart(f.carts.small);
      const tooMany = await f.adapter.addLine(cartId, f.variants.limited.id, f.variants.limited.available + 3);
      expect(tooMany).toMatchObject({ ok: false, code: "out_of_stock" });
      report("stock", `${f.adapter.capabilities.stock}: sold-out 0, limited ${stock(f.variants.limited.id)}, over-add out_of_stock`);
    });

    it("quotes shipping for the cart and names countries it does not ship to", async () => {
      const cartId = await f.newCart(f.carts.small);
      const rates = await f.adapter.getShippingRates({ cartId, country: f.shipping.country });
      if (!rates.ok) throw new Error(`getShippingRates failed: ${rates.code} ${rates.message}`);
      expect(rates.value.length).toBeGreaterThan(0);
      for (const rate of rates.value) expect(rate.minDays).toBeLessThanOrEqual(rate.maxDays);
      expect(await f.adapter.getShippingRates({ cartId, country: f.shipping.unsupported })).toMatchObject({ ok: false, code: "country_not_supported" });
      report("shipping", `${f.adapter.capabilities.shipping}: ${rates.value.map((r) => `${r.name} ${r.price.amount} ${r.minDays}-${r.maxDays}d`).join(", ")}`);
    });

    it("states policies from the platform, then the merchant's declaration", async () => {
      const policies = await f.adapter.getPolicies();
      if (!policies.ok) throw new Error(policies.message);
      expect(policies.value.returns.days).toBeGreaterThan(0);
      expect(policies.value.payments.length).toBeGreaterThan(0);
      report("policies", `${f.adapter.capabilities.policies}: returns ${policies.value.returns.days} days (${policies.value.returns.source ?? "platform"}), ${policies.value.payments.map((p) => p.name).join(", ")}`);
    });

    it("applies a valid code and types every refusal; a refused code leaves no discount", async () => {
      const big = await f.newCart(f.carts.big);
      const applied = await f.adapter.applyDiscount(big, f.codes.valid);
      if (!applied.ok) throw new Error(`valid code refused: ${applied.code} ${applied.message}`);
      expect(applied.value.discounts.map((d) => d.code.toUpperCase())).toContain(f.codes.valid.toUpperCase());
      expect(applied.value.total.amount).toBeLessThan(applied.value.subtotal.amount);
      const removed = await f.adapter.removeDiscount(big, f.codes.valid);
      expect(removed.ok && removed.value.discounts).toEqual([]);
      const small = await f.newCart(f.carts.small);
      const outcomes = {
        expired: await f.adapter.applyDiscount(small, f.codes.expired),
        ineligible: await f.adapter.applyDiscount(small, f.codes.ineligible),
        unknown: await f.adapter.applyDiscount(small, f.codes.unknown),
        minimum: await f.adapter.applyDiscount(small, f.codes.minimum),
      };
      expect(outcomes.expired).toMatchObject({ ok: false, code: "coupon_expired" });
      expect(outcomes.ineligible).toMatchObject({ ok: false, code: "coupon_not_applicable" });
      expect(outcomes.unknown).toMatchObject({ ok: false, code: "coupon_invalid" });
      expect(outcomes.minimum).toMatchObject({ ok: false, code: "coupon_minimum_not_met" });
      const after = await f.adapter.getCart(small);
      expect(after.ok && after.value.discounts).toEqual([]);
      report("codes", `valid ok, ${Object.entries(outcomes).map(([k, v]) => `${k} ${v.ok ? "ok" : v.code}`).join(", ")}`);
    });

    it("creates a checkout link for the cart", async () => {
      const link = await f.adapter.createCheckoutLink(await f.newCart(f.carts.small));
      if (!link.ok) throw new Error(link.message);
      expect(new URL(link.value.url).protocol).toMatch(/^https?:$/);
      expect(Date.parse(String(link.value.expiresAt)) || Number(link.value.expiresAt)).toBeGreaterThan(Date.now());
      report("checkout link", `${f.adapter.capabilities.checkoutLink}: ${new URL(link.value.url).pathname}`);
    });

    it("creates a single-use code where the platform can, usable once", async () => {
      if (!f.adapter.capabilities.singleUseCodes || !f.adapter.createSingleUseCode) {
        expect(f.adapter.createSingleUseCode).toBeUndefined();
        report("single-use", "not supported: the static code applies");
        return;
      }
      const offer: Offer = { id: "save10", code: "SAVE10", kind: "percent", value: 10, minSubtotal: 5000, objections: ["price_discount"], collections: [], onePerCustomer: true, requireAddressedFirst: true, countries: [] };
      const first = await f.newCart(f.carts.big);
      const made = await f.adapter.createSingleUseCode(offer, first);
      if (!made.ok) throw new Error(made.message);
      expect(made.value.code).not.toBe(offer.code);
      expect(await f.adapter.applyDiscount(first, made.value.code)).toMatchObject({ ok: true });
      const order = await f.placeOrder(first);
      expect((await worker.request(order.path, { method: "POST", headers: order.headers, body: order.body })).status).toBe(202);
      const second = await f.newCart(f.carts.big);
      expect(await f.adapter.applyDiscount(second, made.value.code)).toMatchObject({ ok: false, code: "coupon_already_used" });
      report("single-use", `${made.value.code}: applied once, refused after the order`);
    });

    it("a signed order webhook links the order to the cart's session; a forged one is refused", async () => {
      const cartId = await f.newCart(f.carts.small);
      const sessionId = await worker.startSession(f.site.id, cartId);
      const order = await f.placeOrder(cartId);
      // One digit changed (an amount or an id): the signature no longer matches.
      const forged = order.body.replace(/\d/, (d) => String((Number(d) + 1) % 10));
      expect(forged).not.toBe(order.body);
      const refused = await worker.request(order.path, { method: "POST", headers: order.headers, body: forged });
      expect(refused.status).toBe(401);
      const res = await worker.request(order.path, { method: "POST", headers: order.headers, body: order.body });
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ received: true, duplicate: false, sessionId, attributed: expect.any(String) });
      report("order webhook", `${order.path}: attributed to the session; forged 401`);
    });

    it("customer history where supported", async () => {
      if (!f.adapter.capabilities.customerHistory) {
        report("customer", "not supported: getCustomerHistory is not registered");
        return;
      }
      const history = await f.adapter.getCustomer(f.customerEmail ?? "vip@example.com");
      if (!history.ok) throw new Error(history.message);
      expect(history.value.orders.length).toBeGreaterThan(0);
      report("customer", `${history.value.orders.length} past orders for a verified customer`);
    });
  });
}
