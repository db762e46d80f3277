import type { Objection } from "../domain/objection.ts";
import type { Money, Policies, Product, ShippingRate } from "../store/store-schemas.ts";
import type { FollowUpLanguage } from "./follow-up-copy.ts";

/** Store facts an answer may draw on; every field optional, an answer only uses what it has. */
export interface AnswerFacts {
  policies?: Policies | null;
  shippingRates?: ShippingRate[];
  products?: Product[];
}

function money(amount: Money, language: FollowUpLanguage): string {
  return new Intl.NumberFormat(language, { style: "currency", currency: amount.currency }).format(amount.amount / 100);
}

function cheapest(rates: ShippingRate[] | undefined): ShippingRate | undefined {
  return [...(rates ?? [])].sort((a, b) => a.price.amount - b.price.amount)[0];
}

type Answer = (facts: AnswerFacts, lang: FollowUpLanguage) => string | null;

const answers: Partial<Record<Objection, Answer>> = {
  shipping_cost: ({ shippingRates }, lang) => {
    const rate = cheapest(shippingRates);
    if (!rate) return null;
    // The store prices rates for this cart: a free one means the cart already qualifies.
    if (rate.price.amount === 0) return lang === "de" ? `Der Versand (${rate.name}) ist für deinen Warenkorb kostenlos.` : `Shipping (${rate.name}) is free for your cart.`;
    const free = shippingRates?.find((r) => r.freeOver)?.freeOver;
    if (lang === "de") {
      return `Versand ab ${money(rate.price, lang)}${free ? `, kostenlos ab ${money(free, lang)} Bestellwert` : ""}.`;
    }
    return `Shipping starts at ${money(rate.price, lang)}${free ? `, and it's free on orders over ${money(free, lang)}` : ""}.`;
  },
  delivery_time: ({ shippingRates }, lang) => {
    const fastest = [...(shippingRates ?? [])].sort((a, b) => a.maxDays - b.maxDays)[0];
    if (!fastest) return null;
    const days = `${fastest.minDays}–${fastest.maxDays}`;
    return lang === "de" ? `Mit ${fastest.name} ist deine Bestellung in ${days} Werktagen da.` : `With ${fastest.name} it arrives in ${days} business days.`;
  },
  returns: ({ policies }, lang) => {
    if (!policies) return null;
    const { days, free } = policies.returns;
    if (days === undefined) return null;
    if (lang === "de") return `Du kannst innerhalb von ${days} Tagen zurückgeben${free ? ", kostenlos" : ""}.`;
    return `You can return it within ${days} days${free ? ", free of charge" : ""}.`;
  },
  payment_options: ({ policies }, lang) => {
    const names = policies?.payments.map((p) => p.name) ?? [];
    if (names.length === 0) return null;
    const later = policies?.payments.find((p) => p.bnpl);
    if (lang === "de") return `Du kannst mit ${names.join(", ")} bezahlen${later ? ` – mit ${later.name} auch später` : ""}.`;
    return `You can pay with ${names.join(", ")}${later ? ` – ${later.name} lets you pay later` : ""}.`;
  },
  account_creation: ({ policies }, lang) => {
    if (policies?.guestCheckout !== true) return null;
    return lang === "de" ? "Du brauchst kein Kundenkonto: Gastbestellung geht auch." : "No account needed: you can check out as a guest.";
  },
  product_quality: ({ products }, lang) => {
    const rated = products?.find((p) => typeof p.rating === "object" && p.rating !== null);
    const rating = rated && typeof rated.rating === "object" ? rated.rating : null;
    if (!rated || !rating) return null;
    if (lang === "de") return `${rated.title} hat ${rating.average.toFixed(1)} von 5 Sternen (${rating.count} Bewertungen).`;
    return `${rated.title} is rated ${rating.average.toFixed(1)}/5 by ${rating.count} customers.`;
  },
  sizing_fit: (_facts, lang) =>
    lang === "de" ? "Unsicher bei der Größe? Antworte mit deinen Maßen und wir empfehlen dir eine." : "Not sure about the size? Reply with your measurements and we'll recommend one.",
  compatibility: (_facts, lang) =>
    lang === "de" ? "Antworte mit deinem Gerät und wir prüfen, ob es passt." : "Reply with your device and we'll check it fits.",
  checkout_confusion: (_facts, lang) =>
    lang === "de" ? "Der Link bringt dich direkt zur Kasse, dein Warenkorb ist schon drin." : "The link takes you straight to checkout with your cart ready.",
};

/**
 * One sentence answering the shopper's most recent objection from store data, or null when there
 * is nothing concrete to say (a follow-up never answers with a discount).
 */
export function answerObjection(objections: Objection[], facts: AnswerFacts, language: FollowUpLanguage): string | null {
  for (const code of [...objections].reverse()) {
    const answer = answers[code]?.(facts, language);
    if (answer) return answer;
  }
  return null;
}
