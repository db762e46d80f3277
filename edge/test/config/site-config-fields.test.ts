import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SiteConfig } from "../../src/config/site-config.ts";
import { leafPaths } from "./leaf-paths.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

interface FieldProof {
  /** Production code whose behaviour the field changes (not the schema, not the dashboard form). */
  readers: string[];
  /** Tests that fail when that reading is removed. */
  tests: string[];
  /** Where the proof is only partial (the reader lives where this suite does not reach). */
  gap?: string;
}

/** Every site config field → who reads it → which test proves the effect. Verified by reading both. */
const siteConfigFields: Record<string, FieldProof> = {
  siteId: { readers: ["edge/src/sites/site-repository.ts"], tests: ["edge/test/routes/widget-config.test.ts"] },
  name: { readers: ["edge/src/handover/session-handover.ts", "edge/src/followup/compose-follow-up.ts"], tests: ["edge/test/handover/store-name.test.ts"] },
  "allowedOrigins[]": { readers: ["edge/src/http/site-cors.ts", "edge/src/routes/sessions.ts"], tests: ["edge/test/routes/widget-config.test.ts"] },

  "store(cart-saver|shopify|woocommerce|vendure).platform": { readers: ["edge/src/store/site-store.ts"], tests: ["edge/test/store/tool-registration.test.ts"] },
  "store(cart-saver|woocommerce).baseUrl": {
    readers: ["edge/src/store/site-store.ts", "edge/src/store/woocommerce/woocommerce-adapter.ts"],
    tests: ["edge/test/store/cart-saver-contract.test.ts", "edge/test/store/woocommerce-contract.test.ts"],
  },
  "store(cart-saver|shopify|woocommerce|vendure).tokenSecret": { readers: ["edge/src/store/site-store.ts"], tests: ["edge/test/store/tool-registration.test.ts"] },
  "store(shopify).shopDomain": { readers: ["edge/src/store/shopify/shopify-adapter.ts"], tests: ["edge/test/store/store-config-effects.test.ts"] },
  "store(shopify).apiVersion": { readers: ["edge/src/store/shopify/shopify-adapter.ts"], tests: ["edge/test/store/store-config-effects.test.ts"] },
  "store(shopify).adminTokenSecret": { readers: ["edge/src/store/site-store.ts"], tests: ["edge/test/store/tool-registration.test.ts"] },
  "store(shopify|woocommerce|vendure).webhookSecret": {
    readers: ["edge/src/analytics/order-webhook-platform.ts"],
    tests: ["edge/test/store/shopify-contract.test.ts", "edge/test/store/woocommerce-contract.test.ts", "edge/test/store/vendure-contract.test.ts"],
  },
  "store(shopify|woocommerce|vendure).facts.returnWindowDays": { readers: ["edge/src/store/text-policies.ts"], tests: ["edge/test/store/text-policies.test.ts"] },
  "store(shopify|woocommerce|vendure).facts.freeReturns": { readers: ["edge/src/store/text-policies.ts"], tests: ["edge/test/store/text-policies.test.ts"] },
  "store(shopify|woocommerce|vendure).facts.paymentMethods[].name": { readers: ["edge/src/store/text-policies.ts"], tests: ["edge/test/store/text-policies.test.ts"] },
  "store(shopify|woocommerce|vendure).facts.paymentMethods[].bnpl": { readers: ["edge/src/store/text-policies.ts"], tests: ["edge/test/store/text-policies.test.ts"] },
  "store(shopify|woocommerce|vendure).facts.freeShippingOver": {
    readers: ["edge/src/store/text-policies.ts", "edge/src/store/shopify/shopify-shipping.ts", "edge/src/store/woocommerce/woo-shipping.ts", "edge/src/store/vendure/vendure-adapter.ts"],
    tests: ["edge/test/store/text-policies.test.ts", "edge/test/store/store-config-effects.test.ts"],
  },
  "store(shopify|woocommerce|vendure).facts.supportEmail": { readers: ["edge/src/store/text-policies.ts"], tests: ["edge/test/store/text-policies.test.ts"] },
  "store(shopify|woocommerce|vendure).facts.deliveryDays.min": {
    readers: ["edge/src/store/shopify/shopify-shipping.ts", "edge/src/store/woocommerce/woo-shipping.ts", "edge/src/store/vendure/vendure-adapter.ts"],
    tests: ["edge/test/store/store-config-effects.test.ts"],
  },
  "store(shopify|woocommerce|vendure).facts.deliveryDays.max": {
    readers: ["edge/src/store/shopify/shopify-shipping.ts", "edge/src/store/woocommerce/woo-shipping.ts", "edge/src/store/vendure/vendure-adapter.ts"],
    tests: ["edge/test/store/store-config-effects.test.ts"],
  },
  "store(vendure).shopApiUrl": { readers: ["edge/src/store/vendure/vendure-adapter.ts"], tests: ["edge/test/store/store-config-effects.test.ts"] },
  "store(vendure).adminApiUrl": { readers: ["edge/src/store/vendure/vendure-adapter.ts"], tests: ["edge/test/store/store-config-effects.test.ts"] },
  "store(vendure).checkoutUrl": { readers: ["edge/src/store/vendure/vendure-adapter.ts"], tests: ["edge/test/store/store-config-effects.test.ts"] },
  "store(vendure).channelToken": { readers: ["edge/src/store/vendure/vendure-adapter.ts"], tests: ["edge/test/store/store-config-effects.test.ts"] },
  "identity.secret": { readers: ["edge/src/auth/verify-customer.ts"], tests: ["edge/test/auth/verify-customer.test.ts"] },

  "brand.assistantName": {
    readers: ["edge/src/agent/instructions.ts", "edge/src/agent/run-agent-turn.ts", "widget/src/panel/panel-app.tsx"],
    tests: ["edge/test/agent/instructions.test.ts", "e2e/dashboard-settings.spec.ts"],
  },
  "brand.color": {
    readers: ["edge/src/followup/compose-follow-up.ts", "widget/src/loader/widget-controller.ts"],
    tests: ["edge/test/followup/compose-follow-up.test.ts"],
  },
  "brand.greeting": { readers: ["widget/src/panel/panel-app.tsx"], tests: ["e2e/dashboard-settings.spec.ts"] },
  "brand.tone": {
    readers: ["edge/src/agent/instructions.ts", "edge/src/agent/run-agent-turn.ts"],
    tests: ["edge/test/agent/instructions.test.ts", "edge/test/models/builtin/builtin-model-answers.test.ts"],
  },
  "brand.language": {
    readers: ["edge/src/agent/instructions.ts", "edge/src/routes/sessions.ts", "edge/src/session/send-follow-up-step.ts"],
    tests: ["edge/test/agent/instructions.test.ts"],
  },
  "brand.storeName": { readers: ["edge/src/handover/session-handover.ts", "edge/src/agent/instructions.ts"], tests: ["edge/test/handover/store-name.test.ts"] },

  "triggers.exitIntent": { readers: ["widget/src/loader/trigger-wiring.ts"], tests: ["widget/test/trigger-wiring.test.ts", "e2e/widget-triggers.spec.ts"] },
  "triggers.idleSeconds": { readers: ["widget/src/loader/trigger-wiring.ts", "widget/src/triggers/idle.ts"], tests: ["widget/test/triggers.test.ts", "e2e/widget-triggers.spec.ts"] },
  "triggers.pages[]": { readers: ["widget/src/loader/trigger-wiring.ts", "widget/src/triggers/idle.ts"], tests: ["widget/test/triggers.test.ts"] },
  "triggers.minCartValue": {
    readers: ["widget/src/loader/widget-controller.ts", "widget/src/triggers/proactive-caps.ts"],
    tests: ["widget/test/triggers.test.ts", "widget/test/widget-controller.test.ts"],
  },
  "triggers.cooldownMinutes": {
    readers: ["widget/src/loader/widget-controller.ts", "widget/src/triggers/proactive-caps.ts"],
    tests: ["widget/test/triggers.test.ts", "widget/test/widget-controller.test.ts"],
  },
  "triggers.minSecondsOnPage": { readers: ["widget/src/loader/trigger-wiring.ts", "widget/src/triggers/exit-intent.ts"], tests: ["widget/test/triggers.test.ts", "e2e/widget-triggers.spec.ts"] },
  "triggers.maxProactiveOpens": {
    readers: ["widget/src/loader/widget-controller.ts"],
    tests: ["widget/test/widget-config.test.ts", "widget/test/widget-controller.test.ts"],
  },

  "offers[].id": { readers: ["edge/src/policy/decide-offer.ts", "edge/src/policy/request-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  "offers[].code": { readers: ["edge/src/policy/request-offer.ts", "edge/src/policy/decide-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts", "edge/test/agent/tools-offer.test.ts"] },
  "offers[].kind": { readers: ["edge/src/policy/compute-offer-discount.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  "offers[].value": { readers: ["edge/src/policy/compute-offer-discount.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  "offers[].minSubtotal": { readers: ["edge/src/policy/decide-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  "offers[].objections[]": { readers: ["edge/src/policy/decide-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  "offers[].collections[]": { readers: ["edge/src/policy/compute-offer-discount.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  "offers[].onePerCustomer": { readers: ["edge/src/policy/decide-offer.ts", "edge/src/policy/request-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  "offers[].countries[]": { readers: ["edge/src/policy/offer-context.ts"], tests: ["edge/test/agent/tools-offer.test.ts"] },
  "offers[].requireAddressedFirst": { readers: ["edge/src/policy/decide-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  maxDiscountPercent: { readers: ["edge/src/policy/decide-offer.ts", "edge/src/policy/request-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts"] },
  maxOffersPerCart: { readers: ["edge/src/policy/decide-offer.ts", "edge/src/policy/request-offer.ts"], tests: ["edge/test/policy/decide-offer.test.ts", "edge/test/policy/request-offer.test.ts"] },

  "followUp.steps[].channel": { readers: ["edge/src/followup/plan-follow-ups.ts", "edge/src/routes/widget-config.ts"], tests: ["edge/test/followup/plan-follow-ups.test.ts"] },
  "followUp.steps[].delayMinutes": { readers: ["edge/src/followup/plan-follow-ups.ts"], tests: ["edge/test/followup/plan-follow-ups.test.ts"] },
  "followUp.quietHours.start": { readers: ["edge/src/followup/quiet-hours.ts"], tests: ["edge/test/followup/plan-follow-ups.test.ts", "edge/test/followup/quiet-hours.test.ts"] },
  "followUp.quietHours.end": { readers: ["edge/src/followup/quiet-hours.ts"], tests: ["edge/test/followup/plan-follow-ups.test.ts", "edge/test/followup/quiet-hours.test.ts"] },
  "followUp.requireConsent": { readers: ["edge/src/followup/plan-follow-ups.ts"], tests: ["edge/test/followup/plan-follow-ups.test.ts"] },
  "followUp.graceMinutes": { readers: ["edge/src/followup/abandonment.ts"], tests: ["edge/test/followup/abandonment.test.ts"] },
  "followUp.inactivityMinutes": { readers: ["edge/src/followup/abandonment.ts"], tests: ["edge/test/followup/abandonment.test.ts"] },
  "followUp.phoneCountries[]": { readers: ["edge/src/followup/phone-country.ts"], tests: ["edge/test/followup/phone-country.test.ts"] },
  "followUp.senderAddress": { readers: ["edge/src/session/send-follow-up-step.ts"], tests: ["edge/test/followup/send-follow-up-step.test.ts"] },

  "escalation.keywords[]": { readers: ["edge/src/handover/hold-turn.ts", "edge/src/handover/asks-for-person.ts"], tests: ["edge/test/handover/asks-for-person.test.ts"] },
  "escalation.vipMinLifetimeValue": { readers: ["edge/src/handover/hold-turn.ts"], tests: ["edge/test/handover/vip-rule.test.ts"] },
  "escalation.handoff.email": { readers: ["edge/src/handover/notify-merchant.ts"], tests: ["edge/test/handover/notify-merchant.test.ts", "edge/test/workerd/handover.test.ts"] },
  "escalation.handoff.webhookUrl": { readers: ["edge/src/handover/notify-merchant.ts"], tests: ["edge/test/handover/notify-merchant.test.ts", "edge/test/workerd/handover.test.ts"] },
  "escalation.humanReplyTimeoutMinutes": { readers: ["edge/src/handover/session-handover.ts"], tests: ["edge/test/workerd/handover.test.ts"] },
  holdoutPercent: {
    readers: ["edge/src/routes/sessions.ts", "edge/src/auth/assign-group.ts"],
    tests: ["edge/test/session/session-token.test.ts", "edge/test/workerd/session-lifecycle.test.ts"],
  },
  attributionWindowHours: {
    readers: ["edge/src/routes/sessions.ts", "edge/src/analytics/order-webhook-platform.ts"],
    tests: ["edge/test/analytics/order-webhook.test.ts"],
    gap: "attribution by the session's stored window is tested; sessions.ts storing the site's value and the platform webhook's cart-matching window are not",
  },
};

const lastSegment = (path: string) => (path.split(".").pop() ?? path).replace(/\[\]$/, "");
const mentions = (file: string, word: string) => new RegExp(`\\b${word}\\b`).test(readFileSync(`${root}${file}`, "utf8"));

describe("site config: no setting without an effect", () => {
  const paths = leafPaths(SiteConfig);

  it("walks the whole schema, store platforms included", () => {
    expect(paths).toContain("brand.tone");
    expect(paths).toContain("offers[].requireAddressedFirst");
    expect(paths).toContain("store(shopify).apiVersion");
    expect(paths).toContain("store(shopify|woocommerce|vendure).facts.deliveryDays.min");
    expect(paths.length).toBeGreaterThan(60);
  });

  it("names, for every field, the code that reads it and the test that proves its effect", () => {
    const missing = paths.filter((path) => !(path in siteConfigFields));
    const stale = Object.keys(siteConfigFields).filter((path) => !paths.includes(path));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it("each named file exists and mentions the field", () => {
    const problems: string[] = [];
    for (const [path, entry] of Object.entries(siteConfigFields)) {
      const word = lastSegment(path);
      if (entry.readers.length === 0 || entry.tests.length === 0) problems.push(`${path}: needs a reader and a test`);
      for (const file of [...entry.readers, ...entry.tests]) {
        if (!existsSync(`${root}${file}`)) problems.push(`${path}: ${file} does not exist`);
        else if (!mentions(file, word)) problems.push(`${path}: ${file} does not mention ${word}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
