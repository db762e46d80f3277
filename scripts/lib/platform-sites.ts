/** The sites `npm run chat -- --site <platform>` configures for the local platform stores (platform-stores.ts). */
export const platforms = ["shopify", "woocommerce", "vendure"] as const;
export type Platform = (typeof platforms)[number];

/** The `store` section of a site config for the platform's shop at `url`. */
export function storeSection(platform: Platform, url: string): Record<string, unknown> {
  switch (platform) {
    case "shopify":
      return {
        platform,
        shopDomain: url,
        tokenSecret: "STORE_TOKEN_SHOPIFY",
        adminTokenSecret: "STORE_TOKEN_SHOPIFY_ADMIN",
        webhookSecret: "STORE_TOKEN_SHOPIFY_HOOK",
        // Shopify's refund policy is text: the merchant states the window and the free-shipping
        // threshold (as in the contract suite); the emulator's rates do not apply the threshold.
        facts: { returnWindowDays: 30, freeReturns: true, deliveryDays: { min: 3, max: 6 }, freeShippingOver: 6000 },
      };
    case "woocommerce":
      return {
        platform,
        baseUrl: url,
        tokenSecret: "STORE_TOKEN_WOO",
        webhookSecret: "STORE_TOKEN_WOO_HOOK",
        // WooCommerce has no policy API: the merchant states the return window (as in the contract suite).
        facts: { returnWindowDays: 14, freeReturns: false, deliveryDays: { min: 4, max: 7 }, paymentMethods: [{ name: "Klarna", bnpl: true }] },
      };
    case "vendure":
      return {
        platform,
        shopApiUrl: `${url}/shop-api`,
        adminApiUrl: `${url}/admin-api`,
        checkoutUrl: `${url}/checkout`,
        tokenSecret: "STORE_TOKEN_VENDURE_ADMIN",
        webhookSecret: "STORE_TOKEN_VENDURE_HOOK",
        facts: { returnWindowDays: 30, freeReturns: true, paymentMethods: [{ name: "Card", bnpl: false }] },
      };
  }
}

/**
 * The site (`PUT /v1/admin/sites/<platform>`) for a running platform store: its page origin
 * allowed, the store section, SAVE10 (a code every platform's seed has) as the price offer, and
 * no holdout so every chat gets the agent.
 */
export function platformSite(platform: Platform, url: string) {
  return {
    name: `Acme Outdoor (${platform})`,
    allowedOrigins: [url],
    store: storeSection(platform, url),
    brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi, I'm Mia. Anything I can help with?", storeName: "Acme Outdoor" },
    triggers: {},
    offers: [{ id: "save10", code: "SAVE10", kind: "percent", value: 10, minSubtotal: 5000, objections: ["price_discount"] }],
    maxDiscountPercent: 15,
    followUp: {},
    escalation: {},
    holdoutPercent: 0,
  };
}
