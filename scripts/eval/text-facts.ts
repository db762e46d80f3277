import type { Money, Product } from "../../edge/src/store/store-schemas.ts";
import type { Lang } from "./eval-case.ts";

/** How a fact from the Store API may be written in an answer (either decimal mark, either dash). */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function has(text: string, pattern: RegExp | string): boolean {
  return typeof pattern === "string" ? text.toLowerCase().includes(pattern.toLowerCase()) : pattern.test(text);
}

export function moneyPattern(money: Money, lang: Lang): RegExp {
  if (money.amount === 0) return lang === "de" ? /kostenlos|gratis|kostenfrei|0,00/i : /\bfree\b|0\.00/i;
  const whole = Math.floor(money.amount / 100);
  const cents = String(money.amount % 100).padStart(2, "0");
  return new RegExp(`${whole}[.,]${cents}`);
}

export function daysPattern(min: number, max: number): RegExp {
  if (min === max) return new RegExp(`\\b${min}\\s+(business\\s+|working\\s+)?(day|days|Tag|Tage|Tagen|Werktag|Werktage|Werktagen)\\b`, "i");
  return new RegExp(`\\b${min}\\s*(–|-|to|bis)\\s*${max}\\b`, "i");
}

export function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([lang === "de" ? "de-DE" : "en-GB"], { type: "region" }).of(code) ?? code;
}

export function wordPattern(word: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}($|[^\\p{L}\\p{N}])`, "iu");
}

/** Sentences of an answer, so a claim can be read next to the size it is about. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== "");
}

export const soldOut = /sold out|out of stock|not in stock|none left|ausverkauft|nicht (mehr )?(vorrätig|auf Lager|verfügbar|lieferbar)/i;
export const inStock = /in stock|available|left\b|vorrätig|auf Lager|verfügbar|noch \d+ Stück/i;
export const notMade = /doesn't come in|does not come in|isn't made|is not made|not made in|doesn't make|don't make|only comes in|comes in sizes|gibt es nicht in|nicht in Größe|nur in den Größen|gibt es nur in|wird nicht in|nicht hergestellt/i;
export const checkoutOffer = /straight to checkout|take you to checkout|direkt zur Kasse|zur Kasse bringen/i;
export const genericQuestion = /What matters most to you|Was ist Ihnen am wichtigsten/i;

/** The product's sizes in the store's own order (the order its variants list them). */
export function sizeOrder(product: Product): string[] {
  return [...new Set(product.variants.flatMap((v) => (v.options["size"] !== undefined ? [v.options["size"]] : [])))];
}

const germanWords = /\b(ich|ist|und|der|die|das|nicht|Sie|Ihr|Ihren|Ihnen|nach|mit|für|von|dieses|kostenlos|gern|können|leider|noch|auch|es|ein|eine|Versand|Größe)\b/gi;
const englishWords = /\b(the|is|and|you|your|it|to|of|with|for|free|can|I|in|on|that|this|shipping|size)\b/g;

export function looksGerman(text: string): boolean {
  return (text.match(germanWords)?.length ?? 0) > (text.match(englishWords)?.length ?? 0);
}
