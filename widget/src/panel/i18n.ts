import type { Lang } from "../common/widget-types.ts";

/** UI strings (the agent's replies come in the shopper's language from the server). */
const en = {
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
  limited: "Too busy right now. Please try again in a minute.",
  newMessage: "New message",
  consentAsk: "Send me reminders about this cart by {channel}",
  channels: { email: "email", sms: "SMS", whatsapp: "WhatsApp" },
  consentSave: "Save",
  consentSent: "We've sent a confirmation to {address}.",
  consentError: "Not saved. Please try again.",
};
export type Strings = typeof en;

const de: Strings = {
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
  limited: "Gerade zu viel los. Bitte in einer Minute erneut versuchen.",
  newMessage: "Neue Nachricht",
  consentAsk: "Erinnern Sie mich per {channel} an diesen Warenkorb",
  channels: { email: "E-Mail", sms: "SMS", whatsapp: "WhatsApp" },
  consentSave: "Speichern",
  consentSent: "Wir haben eine Bestätigung an {address} gesendet.",
  consentError: "Nicht gespeichert. Bitte erneut versuchen.",
};

export function strings(lang: Lang): Strings {
  return lang === "de" ? de : en;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
}
