import type { Objection } from "../../edge/src/domain/objection.ts";
import { chance, pick, weighted, type Random } from "./prng.ts";

/**
 * Synthetic shoppers. Each has a hidden objection (what really holds them back, said in their
 * own words when the assistant asks) and a propensity to buy anyway. Weights follow the usual
 * abandonment surveys: extra costs first, then delivery time, trust, returns and sizing.
 */
export const objectionWeights: readonly (readonly [Objection, number])[] = [
  ["shipping_cost", 24],
  ["price_discount", 16],
  ["delivery_time", 12],
  ["returns", 10],
  ["sizing_fit", 9],
  ["trust_security", 8],
  ["payment_options", 7],
  ["stock_availability", 4],
  ["compatibility", 4],
  ["account_creation", 3],
  ["distracted", 3],
];

/** How shoppers say it; several phrasings so the model is not fed one canned sentence. */
export const phrasings: Readonly<Partial<Record<Objection, readonly string[]>>> = {
  shipping_cost: ["How much is shipping? It seems expensive.", "The delivery cost is putting me off.", "Is there free shipping?"],
  price_discount: ["Do you have a discount code?", "It's a bit too expensive for me.", "Any coupon available?"],
  delivery_time: ["How long does delivery take?", "Will it arrive by Friday?", "When would this arrive?"],
  returns: ["What's your return policy?", "Can I send it back if I don't like it?", "Are returns free?"],
  sizing_fit: ["I'm not sure which size to take.", "Does this run small?", "What size should I order? I'm usually an M."],
  trust_security: ["Is it safe to pay here?", "Is this shop legit?", "How is my card data protected?"],
  payment_options: ["Can I pay with PayPal?", "Do you offer pay later or instalments?", "Which payment methods do you accept?"],
  stock_availability: ["Is this in stock?", "Will you have more of these?", "Is it available right now?"],
  compatibility: ["Will this work with my phone?", "Is it compatible with my laptop?", "Does this fit my device?"],
  account_creation: ["Do I need to create an account?", "Can I order as a guest?", "I don't want to register."],
  distracted: ["I'll come back later.", "Just browsing for now.", "Need to think about it."],
};

export const countries = ["DE", "DE", "FR", "GB"] as const;

export interface Persona {
  index: number;
  visitorId: string;
  email: string;
  country: (typeof countries)[number];
  objection: Objection;
  phrase: string;
  /** Chance of buying anyway, with no help. */
  propensity: number;
  /** Gave consent to be contacted by email. */
  emailConsent: boolean;
  /** How many different items the cart holds. */
  lines: number;
}

export function makePersona(random: Random, index: number, seed: number): Persona {
  const objection = weighted(random, objectionWeights);
  return {
    index,
    visitorId: `sim-${seed}-${index}`,
    email: `shopper+${seed}-${index}@example.com`,
    country: pick(random, countries),
    objection,
    phrase: pick(random, phrasings[objection] ?? ["I'm not sure yet."]),
    // Mostly low: these are carts that were about to be abandoned.
    propensity: 0.04 + random() * 0.22,
    emailConsent: chance(random, 0.6),
    lines: 1 + Math.floor(random() * 3),
  };
}
