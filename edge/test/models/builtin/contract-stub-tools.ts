import { tool } from "ai";
import { z } from "zod";
import type { Cart } from "../../../src/store/store-schemas.ts";

/**
 * Tools with the contract's names, input schemas and output shapes (edge/src/agent/tools/), backed by a
 * small fixed shop: a jacket in the cart (size L), size M sold out, rates for DE and FR.
 */
const eur = (amount: number) => ({ amount, currency: "EUR" });

export const cart: Cart = {
  id: "cart-1",
  status: "open",
  currency: "EUR",
  lines: [
    { id: "line-1", variantId: "jacket-l", productId: "trail-jacket", title: "Trail Jacket", variantTitle: "L / Olive", quantity: 1, unitPrice: eur(8900), lineTotal: eur(8900) },
  ],
  subtotal: eur(8900),
  discounts: [],
  total: eur(8900),
  customer: { consent: { email: false, sms: false, whatsapp: false } },
};

const variant = (size: string, inventory: number) => ({ variantId: `jacket-${size.toLowerCase()}`, title: `${size} / Olive`, options: { size, color: "Olive" }, inventory, price: eur(8900) });
const variants = [variant("S", 4), variant("M", 0), variant("L", 6), variant("XL", 2)];

const rates: Record<string, Array<{ id: string; name: string; price: ReturnType<typeof eur>; minDays: number; maxDays: number; freeOver?: ReturnType<typeof eur> }>> = {
  DE: [
    { id: "de-standard", name: "Standard", price: eur(490), minDays: 2, maxDays: 3, freeOver: eur(6000) },
    { id: "de-express", name: "Express", price: eur(990), minDays: 1, maxDays: 1 },
  ],
  FR: [
    { id: "fr-standard", name: "Standard", price: eur(890), minDays: 3, maxDays: 5, freeOver: eur(12000) },
    { id: "fr-express", name: "Express", price: eur(1890), minDays: 1, maxDays: 2 },
  ],
};

const policies = {
  returns: { days: 30, free: true, conditions: "Unworn items with tags attached." },
  exchanges: "Free size exchanges within 30 days.",
  payments: [
    { id: "card", name: "Card", bnpl: false },
    { id: "paypal", name: "PayPal", bnpl: false },
    { id: "klarna", name: "Klarna", bnpl: true },
  ],
  guest_checkout: { allowed: true },
  security: "Payments are processed by a PCI-DSS certified provider over TLS.",
  shipping: "Ships from Berlin.",
  support: { email: "help@shop.example", hours: "Mon–Fri 9–17" },
};

const product = (id: string) => ({
  id,
  title: "Trail Jacket",
  description: "Waterproof shell with a phone pocket.",
  category: "apparel",
  url: `/products/${id}`,
  image: `/images/${id}.svg`,
  attributes: { material: "recycled nylon", waterproof: "10,000 mm" },
  compatibleWith: ["iPhone 15", "iPhone 16", "Pixel 9"],
  rating: { average: 4.6, count: 128 },
  variants: variants.map((v) => ({ id: v.variantId, sku: v.variantId.toUpperCase(), title: v.title, options: v.options, price: v.price, inventory: v.inventory })),
});

export type Offer = { granted: true } | { granted: false; reason: string };

export function createStubTools(options: { offer?: Offer } = {}) {
  const calls: Array<{ toolName: string; input: unknown }> = [];
  const log = <T>(toolName: string, input: unknown, output: T): T => {
    calls.push({ toolName, input });
    return output;
  };
  const Objection = z.string();
  const tools = {
    getCart: tool({ description: "cart", inputSchema: z.object({}), execute: async (input) => log("getCart", input, { ok: true as const, cart }) }),
    getShippingRates: tool({
      description: "rates",
      inputSchema: z.object({ country: z.string().length(2).optional(), postalCode: z.string().optional() }),
      execute: async (input) => {
        const country = input.country ?? "DE";
        const missing = Math.max(0, 6000 - cart.subtotal.amount);
        return log("getShippingRates", input, { ok: true as const, country, rates: rates[country] ?? [], cartSubtotal: cart.subtotal, amountToFreeShipping: country === "FR" ? eur(12000 - cart.subtotal.amount) : eur(missing) });
      },
    }),
    getPolicies: tool({
      description: "policies",
      inputSchema: z.object({ topic: z.enum(["returns", "exchanges", "payments", "guest_checkout", "security", "shipping", "support"]) }),
      execute: async (input) => log("getPolicies", input, { ok: true as const, topic: input.topic, policy: policies[input.topic] }),
    }),
    checkStock: tool({
      description: "stock",
      inputSchema: z.object({ productId: z.string().optional(), variantId: z.string().optional(), size: z.string().optional(), color: z.string().optional() }),
      execute: async (input) => {
        const matches = variants.filter((v) => !input.size || v.options.size === input.size);
        const inStock = matches.some((m) => m.inventory > 0);
        const alternatives = inStock ? [] : variants.filter((v) => v.inventory > 0 && !matches.includes(v));
        return log("checkStock", input, { ok: true as const, product: { id: "trail-jacket", title: "Trail Jacket", url: "/p/trail-jacket", image: "/i.svg" }, requested: { size: input.size }, inStock, matches, alternatives, similarProducts: [], sizes: [...new Set(variants.map((v) => v.options.size))] });
      },
    }),
    adviseSize: tool({
      description: "size",
      inputSchema: z.object({ productId: z.string().optional(), chestCm: z.number().optional(), waistCm: z.number().optional(), hipsCm: z.number().optional(), footLengthCm: z.number().optional(), usualSize: z.string().optional() }),
      execute: async (input) =>
        log("adviseSize", input, input.chestCm
          ? { ok: true as const, productId: "trail-jacket", recommended: "L", reason: `a ${input.chestCm} cm chest is in the L range (100–107 cm).`, fitNotes: "Regular fit.", inStock: true, variantId: "jacket-l" }
          : { ok: true as const, productId: "trail-jacket", recommended: null, reason: "Tell me your chest measurement and I can recommend a size.", fitNotes: "Regular fit.", inStock: false, variantId: null }),
    }),
    changeCartLine: tool({
      description: "swap",
      inputSchema: z.object({ lineId: z.string().optional(), variantId: z.string().optional(), size: z.string().optional(), color: z.string().optional(), quantity: z.number().int().optional() }),
      execute: async (input) => {
        const target = variants.find((v) => v.variantId === input.variantId || v.options.size === input.size);
        if (!target) return log("changeCartLine", input, { ok: false as const, code: "variant_not_found", message: "no such variant" });
        if (target.inventory === 0) return log("changeCartLine", input, { ok: false as const, code: "out_of_stock", message: "sold out", available: 0 });
        const line = { ...cart.lines[0]!, variantId: target.variantId, variantTitle: target.title };
        return log("changeCartLine", input, { ok: true as const, cart: { ...cart, lines: [line] }, line });
      },
    }),
    requestOffer: tool({
      description: "offer",
      inputSchema: z.object({ objection: Objection }),
      execute: async (input) => {
        const offer = options.offer ?? { granted: false, reason: "no_offer_for_objection" };
        return log("requestOffer", input, offer.granted
          ? { ok: true as const, granted: true as const, code: "SAVE10", description: "10% off your order", discount: eur(890), cart: { ...cart, total: eur(8010) } }
          : { ok: true as const, granted: false as const, reason: offer.reason, message: "No offer for this objection." });
      },
    }),
    getProduct: tool({
      description: "product",
      inputSchema: z.object({ productId: z.string() }),
      execute: async (input) => log("getProduct", input, { ok: true as const, product: product(input.productId) }),
    }),
    createCheckoutLink: tool({ description: "link", inputSchema: z.object({}), execute: async (input) => log("createCheckoutLink", input, { ok: true as const, url: "https://shop.example/checkout/restore/abc", expiresAt: "2026-12-01T00:00:00Z" }) }),
    recordObjection: tool({ description: "record", inputSchema: z.object({ code: Objection }), execute: async (input) => log("recordObjection", input, { ok: true as const, code: input.code }) }),
    handOver: tool({ description: "human", inputSchema: z.object({ reason: z.string() }), execute: async (input) => log("handOver", input, { ok: true as const, message: "I've asked a colleague to join; they'll reply here shortly." }) }),
  };
  return { tools, calls };
}
