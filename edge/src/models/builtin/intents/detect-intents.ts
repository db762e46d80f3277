import { z } from "zod";
import { Objection } from "../../../domain/objection.ts";
import { Language } from "../cart-saver-options.ts";
import { detectLanguage } from "./detect-language.ts";
import { Entities, extractEntities } from "./extract-entities.ts";
import { findAnyCue } from "./match-cue.ts";
import { normalizeText, splitClauses, tokenize } from "./normalize-text.ts";
import { objectionsInClause } from "./objections-in-clause.ts";
import * as talk from "./lexicon-conversation.ts";
import { payLaterCues, priceAnswerCues } from "./lexicon-checkout.ts";
import { complaintCues } from "./lexicon-delivery.ts";
import { exchangeCues } from "./lexicon-product.ts";

export const DetectedIntents = z.object({
  /** Null when the message itself shows no language ("M?"); the model then keeps the conversation's. */
  language: Language.nullable(),
  /** In the order the shopper raised them. */
  intents: z.array(Objection),
  entities: Entities,
  wantsHuman: z.boolean(),
  wantsCheckoutLink: z.boolean(),
  wantsToSave: z.boolean(),
  /** A different size or colour for the cart line ("can I get it in M instead", "lieber in Blau"). */
  wantsSwap: z.boolean(),
  /** The shopper said not to contact them ("do NOT email me"): nothing is saved for follow-ups. */
  refusesContact: z.boolean(),
  /** Wants to pay later ("I get paid next week", "auf Rechnung"). */
  paysLater: z.boolean(),
  /** "I'm between sizes": answered with the size guide's own advice. */
  betweenSizes: z.boolean(),
  /** Exchange rather than refund ("can I exchange it"). */
  wantsExchange: z.boolean(),
  /** Sounds like a complaint ("too expensive") rather than a question. */
  complaint: z.boolean(),
  greeting: z.boolean(),
  thanks: z.boolean(),
  yes: z.boolean(),
  no: z.boolean(),
  unsure: z.boolean(),
});
export type DetectedIntents = z.infer<typeof DetectedIntents>;

const fillerWords = new Set(["the", "its", "it", "is", "itself", "just", "mainly", "mostly", "honestly", "der", "die", "das", "ist", "mir", "zu", "a", "bit", "too", "high", "hoch", "eigentlich", "vor", "allem", "well", "um", "ehm", "hmm", "ja", "yes", "yeah", "of", "course"]);

function startsWithCue(tokens: string[], cues: readonly string[]): boolean {
  const at = findAnyCue(tokens, cues);
  return at >= 0 && at <= 1;
}

/** Short replies ("yes please", "nein danke") only count when they are most of the message. */
function isShortReply(tokens: string[], cues: readonly string[]): boolean {
  return tokens.length <= 4 && startsWithCue(tokens, cues);
}

/** Earlier messages are read again every turn: each text is understood once per isolate. */
const understood = new Map<string, DetectedIntents>();
const maxUnderstood = 2000;

export function detectIntents(raw: string): DetectedIntents {
  const known = understood.get(raw);
  if (known) return known;
  const detected = detectIntentsFresh(raw);
  if (understood.size >= maxUnderstood) understood.clear();
  understood.set(raw, detected);
  return detected;
}

/** detectIntents without the cache (benchmarks). */
export function detectIntentsFresh(raw: string): DetectedIntents {
  const normalized = normalizeText(raw);
  const tokens = tokenize(normalized);
  const entities = extractEntities(raw, normalized);
  const found: Array<{ code: Objection; at: number }> = [];
  let offset = 0;
  for (const clause of splitClauses(normalized)) {
    for (const hit of objectionsInClause(clause, entities)) found.push({ code: hit.code, at: offset + hit.at });
    offset += clause.length;
  }
  if (entities.percent !== undefined && !found.some((f) => f.code === "price_discount")) {
    found.push({ code: "price_discount", at: tokens.indexOf(String(entities.percent)) });
  }
  if (entities.measurements && !found.some((f) => f.code === "sizing_fit")) found.push({ code: "sizing_fit", at: tokens.length });
  const betweenSizes = findAnyCue(tokens, talk.betweenSizesCues) >= 0 && !found.some((f) => f.code === "shipping_cost" || f.code === "delivery_time");
  if (betweenSizes && !found.some((f) => f.code === "sizing_fit")) found.push({ code: "sizing_fit", at: 0 });
  if (entities.relative && !found.some((f) => f.code === "stock_availability")) found.push({ code: "stock_availability", at: 0 });
  // "the price" on its own (often the answer to "what's holding you back?") is the price itself.
  const words = tokens.filter((t) => !fillerWords.has(t));
  if (found.length === 0 && words.length > 0 && words.length <= 2 && findAnyCue(words, priceAnswerCues) === 0) found.push({ code: "price_discount", at: 0 });
  // "terracotta in M?": a bare size or colour is a stock question.
  if (found.length === 0 && tokens.length <= 5 && (entities.size !== undefined || entities.color !== undefined)) found.push({ code: "stock_availability", at: 0 });
  const intents = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];

  const wantsSwap = findAnyCue(tokens, talk.swapCues) >= 0 && (entities.size !== undefined || entities.color !== undefined);
  const refusesContact = findAnyCue(tokens, talk.noContactCues) >= 0;
  const wantsToSave = !refusesContact && (findAnyCue(tokens, talk.saveCues) >= 0 || entities.email !== undefined || entities.phone !== undefined);
  const wantsHuman = findAnyCue(tokens, talk.humanCues) >= 0;
  const wantsCheckoutLink = findAnyCue(tokens, talk.checkoutLinkCues) >= 0 && !intents.includes("checkout_confusion");
  const greeting = startsWithCue(tokens, talk.greetingCues);
  const thanks = findAnyCue(tokens, talk.thanksCues) >= 0;
  // "ok what about XL?" names something new: not a yes to the last proposal.
  const yes = isShortReply(tokens, talk.yesCues) && entities.size === undefined && entities.color === undefined && !/\?\s*$/.test(raw);
  const no = isShortReply(tokens, talk.noCues) && !yes;
  const acted = wantsSwap || wantsToSave || wantsHuman || wantsCheckoutLink;
  const explicitUnsure = findAnyCue(tokens, talk.unsureCues) >= 0;
  const unsure = explicitUnsure || (intents.length === 0 && !acted && !greeting && !thanks && !yes && !no);
  return {
    language: detectLanguage(tokens, raw),
    intents: wantsSwap ? intents.filter((code) => code !== "stock_availability") : intents,
    entities,
    wantsHuman,
    wantsCheckoutLink,
    wantsToSave,
    wantsSwap,
    refusesContact,
    betweenSizes,
    paysLater: findAnyCue(tokens, payLaterCues) >= 0,
    wantsExchange: findAnyCue(tokens, exchangeCues) >= 0,
    complaint: findAnyCue(tokens, complaintCues) >= 0,
    greeting,
    thanks,
    yes,
    no,
    unsure,
  };
}
