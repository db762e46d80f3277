import type { Money } from "../../../store/store-schemas.ts";
import type { Language } from "../cart-saver-options.ts";

/** Money, lists and country names for the shopper's language. The only place the model formats. */
export const locales: Record<Language, string> = { en: "en-GB", de: "de-DE" };

export function formatMoney(money: Money, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: "currency", currency: money.currency }).format(money.amount / 100);
}

export function formatList(items: string[], language: Language, type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(locales[language], { style: "long", type }).format(items);
}

export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([locales[language]], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Store free text of unknown shape (a string, a list, an object of strings/booleans) as plain sentences. */
export function describeUnknown(value: unknown, limit = 2): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => describeUnknown(v, limit)).slice(0, limit);
  if (typeof value === "object" && value !== null) {
    const texts = Object.values(value).flatMap((v) => (typeof v === "string" || Array.isArray(v) ? describeUnknown(v, limit) : []));
    return texts.slice(0, limit);
  }
  return [];
}

/** The first sentence of a store text, so one policy does not crowd out the rest of the answer. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(text.trim());
  return match ? match[0] : text.trim();
}

export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
