import { describe, expect, it } from "vitest";
import { composeFollowUp, type FollowUpInput } from "../../src/followup/compose-follow-up.ts";
import { ShippingRate } from "../../src/store/store-schemas.ts";
import { testPolicies, testProducts } from "../channels/support/store-fixtures.ts";
import { testCart, testSite } from "./support/test-site.ts";

const resumeUrl = "https://edge.example/r/eyJz.c2ln";
const base: FollowUpInput = {
  site: testSite(),
  cart: testCart(),
  objections: [],
  resumeUrl,
  channel: "email",
  language: "en",
  products: testProducts,
  policies: testPolicies,
};

describe("follow-up content", () => {
  it("puts a visible unsubscribe link and the store's name and postal address in the email footer (German too)", () => {
    const unsubscribeUrl = "https://edge.example/v1/unsubscribe/eyJz.c2ln";
    const senderAddress = "Torstraße 1, 10119 Berlin, Germany";
    for (const [language, label] of [["en", "Unsubscribe"], ["de", "Abmelden"]] as const) {
      const email = composeFollowUp({ ...base, language, unsubscribeUrl, senderAddress });
      if (email.channel !== "email") throw new Error("expected an email");
      expect(email.html).toContain(`href="${unsubscribeUrl}"`);
      expect(email.html).toContain(`>${label}</a>`);
      expect(email.html).toContain(`Alpine Outfitters · ${senderAddress}`);
      expect(email.text).toContain(`${label}: ${unsubscribeUrl}`);
      expect(email.text).toContain(`Alpine Outfitters · ${senderAddress}`);
    }
  });

  it("writes an email with the items, product image, the answered objection, the resume link and opt-out", () => {
    const email = composeFollowUp({ ...base, objections: ["shipping_cost", "returns"] });
    if (email.channel !== "email") throw new Error("expected an email");
    expect(email.subject).toBe("Your Trail Runner GTX is still in your cart");
    expect(email.html).toMatch(/^<!doctype html>/);
    expect(email.html).toContain('<img src="http://127.0.0.1:8788/images/trail-runner.jpg" alt="Trail Runner GTX"');
    expect(email.html).toContain("€129.00");
    expect(email.html).toContain(`href="${resumeUrl}"`);
    expect(email.html).toContain("You can return it within 30 days, free of charge.");
    expect(email.text).toContain("- Merino Socks (M) × 2: €29.00");
    expect(email.text).toContain("Total: €158.00");
    expect(email.text).toContain(resumeUrl);
    expect(email.text).toContain("Reply STOP");
  });

  it("paints the resume button in the site's brand color", () => {
    for (const color of ["#0a7d5a", "#8b1e3f"]) {
      const site = testSite();
      const email = composeFollowUp({ ...base, site: { ...site, brand: { ...site.brand, color } } });
      expect(email.channel === "email" && email.html).toContain(`background:${color};color:#fff`);
    }
  });

  it("answers shipping questions from the store's rates and escapes shopper-visible data", () => {
    const shippingRates = [ShippingRate.parse({ id: "std", name: "Standard", price: { amount: 490, currency: "EUR" }, minDays: 2, maxDays: 4, freeOver: { amount: 10000, currency: "EUR" } })];
    const cart = testCart();
    const email = composeFollowUp({ ...base, cart: { ...cart, lines: cart.lines.map((l) => ({ ...l, title: `<b>${l.title}</b>` })) }, objections: ["shipping_cost"], shippingRates });
    expect(email.channel === "email" && email.html).toContain("Shipping starts at €4.90, and it&#39;s free on orders over €100.00.");
    expect(email.channel === "email" && email.html).toContain("&lt;b&gt;Trail Runner GTX&lt;/b&gt;");
  });

  it("says shipping is free when the store prices the cart's cheapest rate at zero", () => {
    const shippingRates = [ShippingRate.parse({ id: "std", name: "Standard", price: { amount: 0, currency: "EUR" }, minDays: 2, maxDays: 4, freeOver: { amount: 6000, currency: "EUR" } })];
    const email = composeFollowUp({ ...base, objections: ["shipping_cost"], shippingRates });
    expect(email.channel === "email" && email.text).toContain("Shipping (Standard) is free for your cart.");
  });

  it("writes a short SMS with the link and 'Reply STOP', and never leads with a discount", () => {
    const sms = composeFollowUp({ ...base, channel: "sms", objections: ["price_discount"] });
    expect(sms).toEqual({
      channel: "sms",
      text: `Alpine Outfitters: your Trail Runner GTX is still in your cart. Finish here: ${resumeUrl} Reply STOP to opt out.`,
    });
    expect(sms.text.length).toBeLessThanOrEqual(160);
    expect(sms.text).not.toMatch(/discount|%|code/i);
  });

  it("speaks German when the shopper does", () => {
    const wa = composeFollowUp({ ...base, channel: "whatsapp", language: "de", objections: ["payment_options"] });
    expect(wa.text).toBe(
      `Alpine Outfitters: Trail Runner GTX liegt noch in deinem Warenkorb. Du kannst mit Card, Klarna bezahlen – mit Klarna auch später. Weiter zur Kasse: ${resumeUrl} Antworte STOP zum Abmelden.`,
    );
  });
});
