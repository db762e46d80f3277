import type { Lang } from "../shared/widget-types.ts";

/** UI strings (the agent's replies come in the shopper's language from the server). */
const en = {
  open: "Chat with {name}",
  minimise: "Minimise chat",
  close: "Close chat",
  placeholder: "Type your question…",
  send: "Send",
  typing: "{name} is typing",
  error: "The reply could not be loaded.",
  busy: "Still answering the previous message.",
  retry: "Try again",
  unread: "{n} unread",
  quick: ["What does shipping cost?", "Can I return it for free?", "Which size fits me?", "Which payment options do you have?"],
  inStock: "In stock",
  onlyLeft: "Only {n} left",
  outOfStock: "Out of stock",
  updated: "Cart updated",
  offerApplied: "Offer applied",
  shipping: "Shipping to {country}",
  free: "Free",
  days: "{min}–{max} days",
  freeIn: "{amount} more for free shipping",
  checkout: "Continue to checkout",
  team: "{name} from the store's team",
};
export type Strings = typeof en;

const de: Strings = {
  open: "Chat mit {name} öffnen",
  minimise: "Chat minimieren",
  close: "Chat schließen",
  placeholder: "Ihre Frage…",
  send: "Senden",
  typing: "{name} schreibt",
  error: "Die Antwort konnte nicht geladen werden.",
  busy: "Die vorige Nachricht wird noch beantwortet.",
  retry: "Erneut versuchen",
  unread: "{n} ungelesen",
  quick: ["Was kostet der Versand?", "Kann ich kostenlos zurückschicken?", "Welche Größe passt mir?", "Welche Zahlungsarten gibt es?"],
  inStock: "Auf Lager",
  onlyLeft: "Nur noch {n}",
  outOfStock: "Ausverkauft",
  updated: "Warenkorb aktualisiert",
  offerApplied: "Angebot eingelöst",
  shipping: "Versand nach {country}",
  free: "Kostenlos",
  days: "{min}–{max} Tage",
  freeIn: "Noch {amount} bis zum kostenlosen Versand",
  checkout: "Weiter zur Kasse",
  team: "{name} vom Team des Shops",
};

export function strings(lang: Lang): Strings {
  return lang === "de" ? de : en;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
}
