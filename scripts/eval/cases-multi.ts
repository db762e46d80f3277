import { carts as k, type EvalCase, type Expect, type Lang } from "./eval-case.ts";

/** Conversations: follow-ups that lean on what was said before, and what must not carry over. */

const talk = (lang: Lang, cart: string, turns: string[], ...expect: Expect[]): EvalCase => ({ group: "multi_turn", lang, cart: [cart], turns, expect });
const onPage = (page: string, lang: Lang, cart: string, turns: string[], ...expect: Expect[]): EvalCase => ({ ...talk(lang, cart, turns, ...expect), page });

export const multiTurnCases: EvalCase[] = [
  talk("en", k.sweater, ["how much is shipping to Austria?", "the price"], { kind: "not_about", pattern: /Austria/ }),
  talk("en", k.sweater, ["give me a discount or I'm leaving", "the price"], { kind: "offer" }),
  talk("en", k.tee, ["any discounts?", "the shipping cost"], { kind: "shipping" }),
  talk("en", k.tee, ["how much is shipping to Germany?", "and to France?"], { kind: "shipping", country: "FR" }),
  talk("en", k.tee, ["how much is shipping to France?", "how long does it take?"], { kind: "delivery", country: "FR" }),
  talk("en", k.sweater, ["do you have it in M?", "and in L?"], { kind: "stock", size: "L" }),
  talk("en", k.sweater, ["do you have it in a bigger size?", "yes please"], { kind: "swapped" }),
  talk("en", k.sweater, ["it's too expensive", "still too expensive honestly"], { kind: "offer" }),
  talk("en", k.sweater, ["do you have discount codes?", "come on, just give me a code"], { kind: "offer" }),
  talk("en", k.tee, ["how much is shipping to Germany?", "can I return it?"], { kind: "returns" }),
  talk("en", k.sweater, ["which size should I get?", "chest is 104 cm"], { kind: "measure", chest: 104 }),
  talk("en", k.sweater, ["can you save my cart for later?", "sure, it's maria@example.com"], { kind: "save", email: "maria@example.com" }),
  talk("en", k.tee, ["how much is shipping to the UK?", "what about returns?"], { kind: "returns" }, { kind: "not_about", pattern: /United Kingdom/ }),
  talk("en", k.lamp, ["hi", "do you ship to Australia?"], { kind: "shipping", country: "AU" }),
  talk("en", k.sweater, ["is L in stock?", "what about XL?"], { kind: "stock", size: "XL" }),
  talk("en", k.sweater, ["I'm between sizes", "what if it doesn't fit?"], { kind: "returns", fit: true }),
  talk("en", k.tee, ["how can I pay?", "is it safe?"], { kind: "trust" }),
  talk("en", k.runner, ["do you take paypal?", "and klarna?"], { kind: "payments", focus: "all", method: "Klarna" }),
  talk("en", k.magsafe, ["Does it work with my iPhone?", "it's an iPhone 13"], { kind: "compat", device: "iPhone 13" }),
  talk("en", k.magsafe, ["Does it work with my iPhone?", "iPhone 15 Pro"], { kind: "compat", device: "iPhone 15 Pro" }),
  talk("en", k.tee, ["how much is shipping?", "how much to the US then?"], { kind: "shipping", country: "US" }),
  talk("en", k.sweater, ["I usually wear L", "ok what about XL?"], { kind: "stock", size: "XL" }),
  talk("en", k.sweater, ["what's the delivery time to Germany?", "and can I send it back?"], { kind: "returns" }),
  talk("en", k.tee, ["whats the price of express to germany", "and how long does that take?"], { kind: "delivery", country: "DE" }),
  talk("en", k.sweater, ["how much is shipping to France?", "is the XL in stock?"], { kind: "stock", size: "XL" }, { kind: "not_about", pattern: /France/ }),
  onPage("/checkout/shipping", "en", k.tee, ["hi", "how long does delivery take to Germany?"], { kind: "delivery", country: "DE" }, { kind: "no_checkout_offer" }),
  onPage("/checkout/payment", "en", k.sweater, ["can I pay with Klarna?", "is it safe?"], { kind: "trust" }, { kind: "no_checkout_offer" }),
  onPage("/checkout/contact", "en", k.runner, ["do I need an account?", "what's the return policy?"], { kind: "returns" }, { kind: "no_checkout_offer" }),
  talk("de", k.tee, ["Was kostet der Versand nach Deutschland?", "und nach Frankreich?"], { kind: "shipping", country: "FR" }),
  talk("de", k.sweater, ["Gibt es einen Rabatt?", "der Preis"], { kind: "offer" }),
  talk("de", k.sweater, ["Wie lange dauert die Lieferung nach Österreich?", "und was kostet das?"], { kind: "shipping", country: "AT" }),
  talk("de", k.sweater, ["Habt ihr den in M?", "und in L?"], { kind: "stock", size: "L" }),
  talk("de", k.sweater, ["Meine Karte wurde abgelehnt", "wie kann ich sonst bezahlen?"], { kind: "payments", focus: "all" }),
  talk("de", k.sweater, ["Welche Größe soll ich nehmen?", "Brustumfang 98 cm"], { kind: "measure", chest: 98 }),
  onPage("/checkout/shipping", "de", k.tee, ["hallo", "Wie lange dauert der Versand?"], { kind: "delivery" }, { kind: "no_checkout_offer" }),
  talk("de", k.runner, ["Was kostet der Versand?", "kann ich es zurückschicken?"], { kind: "returns" }),
];
