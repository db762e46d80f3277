import fc from "fast-check";
import { Offer, SiteConfig } from "../../src/config/site-config.ts";
import { objectionCodes } from "../../src/domain/objection.ts";
import type { Cart } from "../../src/store/store-schemas.ts";

export const categories = ["apparel", "shoes", "electronics", "home"] as const;
/** Biased towards a few objections so offers, ledgers and requests meet often. */
export const objectionArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("shipping_cost" as const, "price_discount" as const, "returns" as const) },
  { weight: 1, arbitrary: fc.constantFrom(...objectionCodes) },
);
const eur = (amount: number) => ({ amount, currency: "EUR" });

export const offerArb = fc
  .record({
    id: fc.constantFrom("a", "b", "c", "d"),
    code: fc.constantFrom("SAVE10", "TENOFF", "FREESHIP", "SHOES15", "BIG50", "ALL100"),
    kind: fc.constantFrom("percent", "fixed", "free_shipping"),
    value: fc.integer({ min: 0, max: 20000 }),
    minSubtotal: fc.integer({ min: 0, max: 30000 }),
    objections: fc.uniqueArray(objectionArb, { minLength: 1, maxLength: 4 }),
    collections: fc.subarray([...categories]),
    onePerCustomer: fc.boolean(),
    requireAddressedFirst: fc.boolean(),
  })
  .map((raw) => Offer.parse({ ...raw, value: raw.kind === "percent" ? (raw.value % 100) + 1 : raw.value }));

export const siteArb = fc
  .record({
    offers: fc.uniqueArray(offerArb, { maxLength: 4, selector: (o) => o.id }),
    maxDiscountPercent: fc.integer({ min: 0, max: 100 }),
    maxOffersPerCart: fc.integer({ min: 0, max: 3 }),
  })
  .map((rules) =>
    SiteConfig.parse({
      siteId: "prop",
      name: "Property store",
      allowedOrigins: ["http://127.0.0.1:1"],
      store: { adapter: "http", baseUrl: "http://127.0.0.1:1" },
      brand: { assistantName: "Mia", color: "#123456", greeting: "Hi" },
      triggers: {},
      followUp: {},
      escalation: {},
      ...rules,
    }),
  );

const lineArb = fc.record({
  category: fc.constantFrom(...categories),
  unit: fc.integer({ min: 100, max: 30000 }),
  quantity: fc.integer({ min: 1, max: 4 }),
});

export const cartArb = fc
  .record({
    lines: fc.array(lineArb, { minLength: 0, maxLength: 4 }),
    existing: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
    // A code the shopper typed, or one of the site's offers already on the cart (e.g. from another session).
    existingCode: fc.constantFrom("SHOPPER", "SAVE10", "FREESHIP"),
  })
  .map(({ lines, existing, existingCode }): Cart => {
    const cartLines = lines.map((l, i) => ({
      id: `line-${i}`,
      variantId: `v-${i}`,
      productId: `p-${i}`,
      title: `Product ${i}`,
      variantTitle: "Default",
      category: l.category,
      quantity: l.quantity,
      unitPrice: eur(l.unit),
      lineTotal: eur(l.unit * l.quantity),
    }));
    const subtotal = cartLines.reduce((s, l) => s + l.lineTotal.amount, 0);
    const freeShipping = existingCode === "FREESHIP";
    const discounts =
      existing === null
        ? []
        : [{ code: existingCode, kind: freeShipping ? ("free_shipping" as const) : ("fixed" as const), amount: eur(freeShipping ? 0 : Math.min(existing, subtotal)), description: "on the cart" }];
    const total = subtotal - discounts.reduce((s, d) => s + d.amount.amount, 0);
    return {
      id: "cart-1",
      status: "open",
      currency: "EUR",
      lines: cartLines,
      subtotal: eur(subtotal),
      discounts,
      total: eur(total),
      customer: { consent: { email: false, sms: false, whatsapp: false } },
    };
  });

export const ledgerArb = fc.record({
  objections: fc.uniqueArray(
    fc.record({ code: objectionArb, at: fc.constant(0), addressed: fc.boolean() }),
    { selector: (r) => r.code, maxLength: 6 },
  ),
  cartGrants: fc.array(fc.record({ offerId: fc.constantFrom("a", "b", "c", "d"), code: fc.constantFrom("SAVE10", "TENOFF", "FREESHIP") }), { maxLength: 3 }),
  customerGrants: fc.array(fc.record({ offerId: fc.constantFrom("a", "b", "c", "d"), code: fc.constantFrom("SAVE10", "BIG50") }), { maxLength: 2 }),
});

/** What free shipping is worth on the cart, the same for every code (null: it cannot be priced). */
export const shippingValuesArb = fc
  .option(fc.integer({ min: 0, max: 3000 }), { nil: null })
  .map((value) => Object.fromEntries(["SAVE10", "TENOFF", "FREESHIP", "SHOES15", "BIG50", "ALL100"].map((code) => [code, value])));
