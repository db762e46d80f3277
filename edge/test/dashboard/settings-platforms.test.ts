import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { EdgeEnv } from "../../src/config/edge-env.ts";
import { SiteConfig } from "../../src/config/site-config.ts";
import { fieldKinds } from "../../src/dashboard/field-kinds.ts";
import { formToInput } from "../../src/dashboard/form-to-input.ts";
import { configToForm, fieldErrors, normalizeForm, patternOf } from "../../src/dashboard/settings-form.ts";
import { SettingsPage } from "../../src/dashboard/settings-page.tsx";
import { demoSite } from "../../src/sites/demo-site.ts";
import { devVars } from "../routes/worker-env.ts";

const demo = demoSite(EdgeEnv.parse(devVars));
const facts = {
  returnWindowDays: 30,
  freeReturns: false,
  paymentMethods: [
    { name: "PayPal", bnpl: false },
    { name: "Klarna", bnpl: true },
  ],
  freeShippingOver: 5000,
  supportEmail: "help@shop.example",
  deliveryDays: { min: 2, max: 4 },
};
/** One stored config per platform, every optional field set somewhere. */
const configs = {
  "cart-saver": demo,
  shopify: SiteConfig.parse({
    ...demo,
    store: {
      platform: "shopify",
      shopDomain: "acme.myshopify.com",
      apiVersion: "2026-01",
      tokenSecret: "STORE_TOKEN_SHOPIFY",
      adminTokenSecret: "STORE_TOKEN_SHOPIFY_ADMIN",
      webhookSecret: "STORE_TOKEN_SHOPIFY_HOOK",
      facts,
    },
    followUp: { ...demo.followUp, phoneCountries: ["DE", "AT"] },
    escalation: { ...demo.escalation, handoff: { email: "team@shop.example", webhookUrl: "https://hooks.slack.com/services/x" }, humanReplyTimeoutMinutes: 15 },
  }),
  woocommerce: SiteConfig.parse({
    ...demo,
    identity: undefined,
    store: { platform: "woocommerce", baseUrl: "https://woo.example", tokenSecret: "STORE_TOKEN_WOO", webhookSecret: "STORE_TOKEN_WOO_HOOK", facts: { freeReturns: true } },
    followUp: { ...demo.followUp, phoneCountries: [] },
  }),
  vendure: SiteConfig.parse({
    ...demo,
    brand: { ...demo.brand, storeName: undefined },
    store: {
      platform: "vendure",
      shopApiUrl: "https://vendure.example/shop-api",
      adminApiUrl: "https://vendure.example/admin-api",
      checkoutUrl: "https://shop.example/checkout",
      channelToken: "main-channel",
      tokenSecret: "STORE_TOKEN_VENDURE",
      webhookSecret: "STORE_TOKEN_VENDURE_HOOK",
    },
  }),
};
const parseForm = (raw: Record<string, unknown>) => SiteConfig.safeParse(formToInput(normalizeForm(raw)));

function render(config: SiteConfig) {
  const html = String(SettingsPage({ base: "/dashboard", siteId: config.siteId, siteIds: [config.siteId], form: { values: configToForm(config), errors: {} } }));
  const window = new Window();
  window.document.write(html);
  return window.document;
}

describe("settings form for every store platform", () => {
  for (const [platform, config] of Object.entries(configs)) {
    it(`round-trips a ${platform} configuration unchanged`, () => {
      expect(config.store.platform).toBe(platform);
      const parsed = parseForm(configToForm(config));
      expect(parsed.success && parsed.data).toEqual(config);
    });

    it(`renders a control for every field of a ${platform} configuration and no other platform's`, () => {
      const doc = render(config);
      const names = new Set([...doc.querySelectorAll("form [name]")].map((el) => el.getAttribute("name")));
      for (const name of Object.keys(configToForm(config))) expect(names, name).toContain(name);
      const storeFields = [...names].filter((n) => n?.startsWith("store.") && !n.includes(".facts."));
      const own = Object.keys(config.store).filter((k) => k !== "facts").map((k) => `store.${k}`);
      expect(storeFields.sort()).toEqual(own.sort());
      expect(doc.querySelector("select[name='store.platform'] option[selected]")?.getAttribute("value")).toBe(platform);
    });
  }

  it("has a field for every path a configuration holds, and none the schema lost", () => {
    const seen = new Set(Object.values(configs).flatMap((c) => Object.keys(configToForm(c)).map(patternOf)));
    expect([...seen].filter((p) => fieldKinds[p] === undefined)).toEqual([]);
    expect(Object.keys(fieldKinds).filter((p) => !seen.has(p))).toEqual([]);
  });

  it("keeps unset optional fields unset, and an empty phone country list empty", () => {
    const values = configToForm(configs.woocommerce);
    expect(values["followUp.phoneCountries"]).toBe("none");
    expect(values["store.facts.freeReturns"]).toBe("yes");
    expect(values["identity.secret"]).toBeUndefined();
    const parsed = parseForm({ ...values, "followUp.phoneCountries": "", "identity.secret": "" });
    if (!parsed.success) throw parsed.error;
    expect(parsed.data.followUp.phoneCountries).toBeUndefined();
    expect(parsed.data.identity).toBeUndefined();
    expect(parsed.data.store).toEqual(configs.woocommerce.store);
  });

  it("reads country codes in any case and separator, and payment method rows with their checkbox", () => {
    const values = configToForm(configs.shopify);
    delete values["store.facts.paymentMethods.1.bnpl"];
    const raw = { ...values, "offers.0.countries": "de at,  ch", "store.facts.paymentMethods.0.name": "", "store.facts.paymentMethods.2.name": "Invoice", "store.facts.paymentMethods.2.bnpl": "on" };
    const parsed = parseForm(raw);
    if (!parsed.success) throw parsed.error;
    expect(parsed.data.offers[0]?.countries).toEqual(["DE", "AT", "CH"]);
    expect(parsed.data.store.platform === "shopify" && parsed.data.store.facts.paymentMethods).toEqual([
      { name: "Klarna", bnpl: false },
      { name: "Invoice", bnpl: true },
    ]);
  });

  it("puts the new fields' errors on their fields", () => {
    const raw = {
      ...configToForm(configs.shopify),
      "store.shopDomain": "http://acme.example",
      "store.webhookSecret": "",
      "store.facts.freeReturns": "maybe",
      "store.facts.deliveryDays.max": "",
      "identity.secret": "IDENTITY",
      "offers.0.countries": "Germany",
      "followUp.senderAddress": "x",
      "escalation.humanReplyTimeoutMinutes": "0",
      maxOffersPerCart: "-1",
    };
    const parsed = parseForm(raw);
    if (parsed.success) throw new Error("expected errors");
    expect(Object.keys(fieldErrors(parsed.error)).sort()).toEqual([
      "escalation.humanReplyTimeoutMinutes",
      "followUp.senderAddress",
      "identity.secret",
      "maxOffersPerCart",
      "offers.0.countries",
      "store.facts.deliveryDays.max",
      "store.facts.freeReturns",
      "store.shopDomain",
      "store.webhookSecret",
    ]);
  });

  it("shows secret names only, never a value", () => {
    const doc = render(configs.shopify);
    for (const name of ["store.tokenSecret", "store.adminTokenSecret", "store.webhookSecret", "identity.secret"]) {
      expect(doc.querySelector(`input[name='${name}']`)?.getAttribute("value")).toMatch(/^STORE_TOKEN_[A-Z_]+$/);
    }
  });
});
