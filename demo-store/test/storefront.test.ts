import { describe, expect, it } from "vitest";
import { Shopper } from "./support/shopper.ts";
import { EDGE_URL, testStore } from "./support/test-store.ts";

const app = testStore();

const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
const inlineScripts = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1] ?? "", body: m[2] ?? "" }));

describe("storefront pages", () => {
  it("the catalog lists products, filters by category and carries the merchant embed", async () => {
    const res = await new Shopper(app).get("/?category=shoes");
    const html = await res.text();
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('data-product-id="trail-runner"');
    expect(html).not.toContain('data-product-id="desk-lamp"');
    expect(html).toContain("window.CartSaver=window.CartSaver||function(){(window.CartSaver.q=window.CartSaver.q||[]).push(arguments)};");
    expect(html).toContain(`<script src="${EDGE_URL}/widget.js" data-site="demo" async=""></script>`);
  });

  it("runs under a strict CSP: every inline script carries this response's nonce", async () => {
    const shopper = new Shopper(app);
    await shopper.submit("/cart/lines", { variantId: "organic-cotton-tee--m-white", quantity: "1" });
    for (const path of ["/", "/products/trail-runner", "/cart", "/checkout/contact"]) {
      const res = await shopper.get(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).toContain(new URL(EDGE_URL).origin);
      expect(scriptSrc).not.toContain("unsafe-inline");
      const nonce = nonceOf(res);
      expect(nonce).toBeTruthy();
      const scripts = inlineScripts(await res.text());
      expect(scripts.length).toBeGreaterThanOrEqual(2);
      for (const s of scripts) expect(s.attrs).toContain(`nonce="${nonce}"`);
    }
    const [a, b] = [await shopper.get("/"), await shopper.get("/")];
    expect(nonceOf(a)).not.toBe(nonceOf(b));
  });

  it("identifies the cart with its size and value (and email once known) and reloads on cart_updated on cart and checkout pages", async () => {
    const shopper = new Shopper(app);
    expect(await shopper.html("/")).not.toContain("CartSaver('identify'");
    await shopper.submit("/cart/lines", { variantId: "organic-cotton-tee--m-white", quantity: "1" });
    const cartId = shopper.cookie("cart_id");
    expect(cartId).toMatch(/^cart_/);
    const cartPage = await shopper.html("/cart");
    // One €29 tee: the widget's empty-cart and minCartValue caps read itemCount and cartValue.
    expect(cartPage).toContain(`CartSaver('identify', {"cartId":"${cartId}","itemCount":1,"cartValue":2900});`);
    expect(cartPage).toContain("CartSaver('on', 'cart_updated'");
    expect(await shopper.html("/")).not.toContain("cart_updated");
    await shopper.submit("/checkout/contact", { email: "jo@example.com", account: "guest" });
    expect(await shopper.html("/checkout/shipping")).toContain(`CartSaver('identify', {"cartId":"${cartId}","itemCount":1,"cartValue":2900,"email":"jo@example.com"});`);
  });

  it("product pages show stock, fit notes, size guides and compatibility", async () => {
    const shopper = new Shopper(app);
    const low = await shopper.html("/products/merino-crew-sweater?variant=merino-crew-sweater--m-navy");
    expect(low).toContain("Only 2 left");
    expect(low).toContain('data-testid="size-guide"');
    const out = await shopper.html("/products/trail-runner?variant=trail-runner--42-5");
    expect(out).toContain("Out of stock");
    expect(out).toMatch(/<button[^>]*data-testid="add-to-cart"[^>]*disabled/);
    expect(out).toContain("Runs small");
    expect(await shopper.html("/products/magsafe-clear-case")).toContain("iPhone 16");
    expect((await shopper.get("/products/unicorn")).status).toBe(404);
  });

  it("adding a sold-out variant sends the shopper back with the reason", async () => {
    const shopper = new Shopper(app);
    const location = await shopper.submit("/cart/lines", { variantId: "trail-runner--42-5", quantity: "1" });
    expect(location).toBe("/products/trail-runner?variant=trail-runner--42-5");
    expect(await shopper.html(location)).toContain("is out of stock");
    expect(await shopper.html(location)).not.toContain("is out of stock");
  });

  it("the shipping cost appears only from the shipping step on", async () => {
    const shopper = new Shopper(app);
    await shopper.submit("/cart/lines", { variantId: "organic-cotton-tee--m-white", quantity: "1" });
    const cart = await shopper.html("/cart");
    expect(cart).toContain("Calculated at checkout");
    expect(cart).not.toContain('data-testid="shipping-cost"');
    expect(cart).not.toContain("€4.95");
    expect(await shopper.html("/checkout/contact")).not.toContain("€4.95");
    await shopper.submit("/checkout/contact", { email: "jo@example.com", account: "guest" });
    await shopper.submit("/checkout/address", { name: "Jo", line1: "Main St 1", city: "Berlin", postalCode: "10115", country: "DE" });
    const shipping = await shopper.html("/checkout/shipping");
    expect(shipping).toContain('data-checkout-step="shipping"');
    expect(shipping).toContain("€4.95");
    expect(shipping).toContain("free over €60.00");
  });

  it("cart page changes quantity, removes lines and applies coupons without JavaScript", async () => {
    const shopper = new Shopper(app);
    await shopper.submit("/cart/lines", { variantId: "organic-cotton-tee--m-white", quantity: "1" });
    const lineId = /data-line-id="([^"]+)"/.exec(await shopper.html("/cart"))?.[1] ?? "";
    await shopper.submit(`/cart/lines/${lineId}`, { quantity: "2" });
    expect(await shopper.html("/cart")).toContain("€58.00");
    expect(await shopper.submit("/cart/discounts", { code: "SUMMER24" })).toBe("/cart");
    expect(await shopper.html("/cart")).toContain("SUMMER24 expired on 2024-08-31.");
    await shopper.submit("/cart/discounts", { code: "TENOFF" });
    expect(await shopper.html("/cart")).toContain("−€10.00");
    await shopper.submit(`/cart/lines/${lineId}`, { quantity: "2", remove: "1" });
    expect(await shopper.html("/cart")).toContain('data-testid="cart-empty"');
  });

  it("checkout steps are marked and cannot be skipped", async () => {
    const shopper = new Shopper(app);
    expect((await shopper.get("/checkout")).headers.get("location")).toBe("/cart");
    await shopper.submit("/cart/lines", { variantId: "desk-lamp--black", quantity: "1" });
    expect((await shopper.get("/checkout")).headers.get("location")).toBe("/checkout/contact");
    expect((await shopper.get("/checkout/review")).headers.get("location")).toBe("/checkout/contact");
    expect(await shopper.html("/checkout/contact")).toContain('data-checkout-step="contact"');
    const short = await shopper.submit("/checkout/contact", { email: "jo@example.com", account: "create", password: "short" });
    expect(short).toBe("/checkout/contact");
    expect(await shopper.html(short)).toContain("at least 8 characters");
  });

  it("never shows text from the URL as an error", async () => {
    expect(await new Shopper(app).html("/cart?error=Call%20us%20now")).not.toContain("Call us now");
  });

  it("refuses oversized form posts with 413", async () => {
    const res = await new Shopper(app).post("/cart/discounts", { code: "x".repeat(40_000) });
    expect(res.status).toBe(413);
  });

  it("serves SVG product images and the stylesheet", async () => {
    const img = await app.request("/images/trail-runner.svg");
    expect(img.headers.get("content-type")).toMatch(/image\/svg\+xml/);
    expect(await img.text()).toContain("Trail Runner GTX");
    expect((await app.request("/images/nope.svg")).status).toBe(404);
    expect((await app.request("/assets/store.css")).headers.get("content-type")).toMatch(/text\/css/);
  });
});
