import type { Objection } from "../../domain/objection.ts";
import type { DetectedIntents } from "./intents/detect-intents.ts";
import { findAnyCue } from "./intents/match-cue.ts";
import { costCues, timeCues } from "./intents/lexicon-delivery.ts";
import { normalizeText, tokenize } from "./intents/normalize-text.ts";

const shipping: Objection[] = ["shipping_cost", "delivery_time"];

/**
 * Elliptical follow-ups borrow the topic of the previous message: after a shipping question,
 * "and to France?" or "und was kostet es?" is still about shipping; after a stock question,
 * "and in L?" is still about stock.
 */
export function inheritIntents(raw: string, detected: DetectedIntents, previous: DetectedIntents | undefined): DetectedIntents {
  if (!previous || detected.intents.length > 0 || detected.wantsSwap || detected.yes || detected.no || detected.thanks) return detected;
  const tokens = tokenize(normalizeText(raw));
  if (tokens.length > 8) return detected;
  const { entities } = detected;
  const inherited: Objection[] = [];
  if (previous.intents.some((code) => shipping.includes(code))) {
    if (findAnyCue(tokens, costCues) >= 0) inherited.push("shipping_cost");
    if (findAnyCue(tokens, timeCues) >= 0) inherited.push("delivery_time");
    if (inherited.length === 0 && (entities.country || entities.postalCode)) {
      inherited.push(...previous.intents.filter((code) => shipping.includes(code)));
    }
  }
  if (previous.intents.includes("stock_availability") && (entities.size || entities.color)) inherited.push("stock_availability");
  if (previous.intents.includes("sizing_fit") && entities.measurements) inherited.push("sizing_fit");
  if (inherited.length === 0) return detected;
  return { ...detected, intents: inherited, unsure: false };
}
