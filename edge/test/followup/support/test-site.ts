import { SiteConfig, type SiteConfigInput } from "../../../src/config/site-config.ts";
import { Cart } from "../../../src/store/store-schemas.ts";

/** A site with short follow-up timings, as a merchant would PUT it. */
export function testSite(followUp: Partial<SiteConfigInput["followUp"]> = {}): SiteConfig {
  return SiteConfig.parse({
    siteId: "demo",
    name: "Alpine Outfitters",
    allowedOrigins: ["http://127.0.0.1:8788"],
    store: { adapter: "http", baseUrl: "http://127.0.0.1:8788" },
    brand: { assistantName: "Ava", color: "#0a7d5a", greeting: "Hi!", language: "en" },
    triggers: {},
    maxDiscountPercent: 15,
    followUp: {
      steps: [
        { channel: "email", delayMinutes: 60 },
        { channel: "sms", delayMinutes: 24 * 60 },
        { channel: "email", delayMinutes: 3 * 24 * 60 },
      ],
      quietHours: { start: "21:00", end: "08:00" },
      requireConsent: true,
      graceMinutes: 30,
      inactivityMinutes: 60,
      ...followUp,
    },
    escalation: {},
  });
}

export function testCart(): Cart {
  const eur = (amount: number) => ({ amount, currency: "EUR" });
  return Cart.parse({
    id: "cart-1",
    status: "open",
    currency: "EUR",
    lines: [
      { id: "l1", variantId: "v-42", productId: "p-boot", title: "Trail Runner GTX", variantTitle: "EU 42 / Black", quantity: 1, unitPrice: eur(12900), lineTotal: eur(12900) },
      { id: "l2", variantId: "v-sock", productId: "p-sock", title: "Merino Socks", variantTitle: "M", quantity: 2, unitPrice: eur(1450), lineTotal: eur(2900) },
    ],
    subtotal: eur(15800),
    discounts: [],
    total: eur(15800),
    customer: { email: "ana@example.com", phone: "+4915112345678", country: "DE", consent: { email: true, sms: true, whatsapp: false } },
  });
}
