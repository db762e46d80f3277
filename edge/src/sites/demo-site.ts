import { SiteConfig } from "../config/site-config.ts";
import type { EdgeEnv } from "../config/edge-env.ts";

export const demoSiteId = "demo";

/**
 * The local demo site, derived from the environment: the store at STORE_URL (and its origin
 * allowed, since tests run the store on random ports). DEMO_HOLDOUT_PERCENT overrides the holdout.
 */
export function demoSite(env: EdgeEnv): SiteConfig {
  const storeOrigin = new URL(env.STORE_URL).origin;
  const origins = [...new Set(["http://127.0.0.1:8788", "http://localhost:8788", storeOrigin])];
  return SiteConfig.parse({
    siteId: demoSiteId,
    name: "Northwind Goods",
    allowedOrigins: origins,
    store: { platform: "cart-saver", baseUrl: env.STORE_URL, tokenSecret: "STORE_TOKEN_DEMO" },
    identity: { secret: "STORE_TOKEN_IDENTITY" },
    brand: {
      assistantName: "Mia",
      color: "#2f6f5e",
      greeting: "Hi, I'm Mia. Anything I can help with before you check out?",
      tone: "friendly",
      language: "auto",
      storeName: "Northwind Goods",
    },
    triggers: { exitIntent: true, idleSeconds: 45, pages: ["/cart", "/checkout"] },
    offers: [
      { id: "freeship", code: "FREESHIP", kind: "free_shipping", value: 0, minSubtotal: 3000, objections: ["shipping_cost"], countries: ["DE"] },
      { id: "save10", code: "SAVE10", kind: "percent", value: 10, minSubtotal: 5000, objections: ["price_discount"] },
    ],
    maxDiscountPercent: 15,
    followUp: { steps: [{ channel: "email", delayMinutes: 60 }], requireConsent: true, senderAddress: "Cart Saver demo store, Torstraße 1, 10119 Berlin, Germany" },
    escalation: {},
    holdoutPercent: env.DEMO_HOLDOUT_PERCENT ?? 10,
    attributionWindowHours: 72,
  });
}
