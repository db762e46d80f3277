/** @jsxImportSource preact */
import { render } from "preact";
import { describe, expect, it } from "vitest";
import { strings } from "../src/panel/i18n.ts";
import type { ToolPart } from "../src/panel/ui-message.ts";
import type { ViewCtx } from "../src/panel/views/product-card.tsx";
import { ToolView } from "../src/panel/views/tool-view.tsx";

const eur = (amount: number) => ({ amount, currency: "EUR" });
const signals: unknown[] = [];
const ctx: ViewCtx = {
  t: strings("en"),
  locale: "en",
  origins: new Set(["https://shop.example"]),
  base: "https://shop.example",
  signal: (type, data) => signals.push([type, data]),
  consents: {},
  giveConsent: (id, channel, address) => signals.push(["consent", id, channel, address]),
};
const show = (tool: string, output: unknown, state: ToolPart["state"] = "output", c: ViewCtx = ctx) => {
  const el = document.createElement("div");
  render(<ToolView part={{ kind: "tool", id: "1", tool, state, output }} ctx={c} />, el);
  return el;
};

describe("rich views of tool results", () => {
  it("shows shipping options with prices, days and the amount to free shipping", () => {
    const el = show("getShippingRates", {
      ok: true,
      country: "DE",
      rates: [
        { id: "std", name: "Standard", price: eur(490), minDays: 2, maxDays: 4, freeOver: eur(6000) },
        { id: "exp", name: "Express", price: eur(0), minDays: 1, maxDays: 1 },
      ],
      cartSubtotal: eur(2900),
      amountToFreeShipping: eur(3100),
    });
    expect(el.textContent).toContain("Shipping to DE");
    expect(el.textContent).toContain("Standard2–4 days€4.90");
    expect(el.textContent).toContain("Free");
    expect(el.textContent).toContain("€31.00 more for free shipping");
  });

  it("shows product cards with image, price and stock, linking only to the store", () => {
    const el = show("searchProducts", {
      ok: true,
      products: [
        { id: "a", title: "Trail Runner", category: "shoes", url: "/products/a", image: "/images/a.svg", price: eur(13900), inStock: true },
        { id: "b", title: "Evil", category: "x", url: "https://evil.example/b", image: "https://evil.example/b.png", price: eur(100), inStock: false },
      ],
    });
    const links = Array.from(el.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    expect(links).toEqual(["https://shop.example/products/a"]);
    expect(Array.from(el.querySelectorAll("img")).map((i) => i.getAttribute("src"))).toEqual(["https://shop.example/images/a.svg"]);
    expect(el.textContent).toContain("€139.00");
    expect(el.textContent).toContain("In stock");
    expect(el.textContent).toContain("Out of stock");
  });

  it("shows variant stock from checkStock, low stock as 'Only n left'", () => {
    const el = show("checkStock", {
      ok: true,
      product: { id: "t", title: "Tee", url: "/products/t", image: "/images/t.svg" },
      requested: { size: "L" },
      inStock: true,
      matches: [{ variantId: "t--l", title: "L/White", options: { size: "L" }, inventory: 2, price: eur(2900) }],
      alternatives: [],
      similarProducts: [],
    });
    expect(el.textContent).toContain("L/White · Only 2 left");
  });

  it("shows the changed cart line, the applied offer and its amount", () => {
    const line = show("changeCartLine", { ok: true, cart: {}, line: { title: "Tee", variantTitle: "L/White", quantity: 1, lineTotal: eur(2900) } });
    expect(line.textContent).toBe("Cart updatedTee – L/White × 1€29.00");
    const offer = show("requestOffer", { ok: true, granted: true, code: "FREESHIP", description: "Free shipping", discount: eur(490), cart: {} });
    expect(offer.textContent).toBe("Offer appliedFree shipping−€4.90");
    expect(show("requestOffer", { ok: true, granted: false, reason: "holdout", message: "no" }).textContent).toBe("");
  });

  it("renders a checkout-link button that reports the click", () => {
    const el = show("createCheckoutLink", { ok: true, url: "https://shop.example/checkout/resume/tok", expiresAt: "2026-11-26T00:00:00Z" });
    const a = el.querySelector("a");
    expect(a?.getAttribute("href")).toBe("https://shop.example/checkout/resume/tok");
    a?.addEventListener("click", (e) => e.preventDefault());
    a?.click();
    expect(signals).toEqual([["checkout_link_clicked", { url: "https://shop.example/checkout/resume/tok" }]]);
  });

  it("renders saveCartForLater's consentNeeded as a consent card with an unticked box; only a ticked box gives consent", () => {
    signals.length = 0;
    const saved = { ok: true, channel: "sms", address: "+4915112345678", consentNeeded: true };
    const el = show("saveCartForLater", saved);
    document.body.append(el);
    const box = el.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(el.textContent).toContain("+4915112345678");
    expect(el.querySelector("label")?.textContent).toBe("Send me reminders about this cart by SMS");
    expect(box?.checked).toBe(false);
    const form = el.querySelector("form");
    form?.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(signals).toEqual([]); // unticked: nothing is sent
    box?.click();
    form?.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(signals).toEqual([["consent", "1", "sms", "+4915112345678"]]);
    el.remove();

    const de = show("saveCartForLater", { ...saved, channel: "email", address: "sam@example.com" }, "output", { ...ctx, t: strings("de") });
    expect(de.querySelector("label")?.textContent).toBe("Erinnern Sie mich per E-Mail an diesen Warenkorb");
    expect(de.querySelector("button")?.textContent).toBe("Speichern");
  });

  it("shows the consent card's outcome: the confirmation sent, or why it failed", () => {
    const saved = { ok: true, channel: "email", address: "sam@example.com", consentNeeded: true };
    expect(show("saveCartForLater", saved, "output", { ...ctx, consents: { "1": "sent" } }).textContent).toBe("We've sent a confirmation to sam@example.com.");
    const limited = show("saveCartForLater", saved, "output", { ...ctx, consents: { "1": "limited" } });
    expect(limited.querySelector('[role="alert"]')?.textContent).toBe("Too busy right now. Please try again in a minute.");
    expect(show("saveCartForLater", saved, "output", { ...ctx, consents: { "1": "failed" } }).textContent).toContain("Not saved");
    // Without consentNeeded (or with an unknown channel) there is nothing to confirm.
    expect(show("saveCartForLater", { ok: true, channel: "email" }).textContent).toBe("");
    expect(show("saveCartForLater", { ...saved, channel: "fax" }).textContent).toBe("");
  });

  it("renders nothing for failed, pending or text-only tools", () => {
    expect(show("getShippingRates", { ok: false, code: "store_unavailable", message: "x" }).textContent).toBe("");
    expect(show("getShippingRates", undefined, "input").textContent).toBe("");
    expect(show("recordObjection", { ok: true, code: "shipping_cost" }).textContent).toBe("");
  });
});
