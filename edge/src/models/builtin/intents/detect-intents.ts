import { z } from "zod";
import { Objection } from "../../../domain/objection.ts";
import { Language } from "../cart-saver-options.ts";
import { detectLanguage } from "./detect-language.ts";
import { Entities, extractEntities } from "./extract-entities.ts";
import { findAnyCue } from "./match-cue.ts";
import { normalizeText, splitClauses, tokenize } from "./normalize-text.ts";
import { objectionsInClause } from "./objections-in-clause.ts";
import * as talk from "./lexicon-conversation.ts";
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

function startsWithCue(tokens: string[], cues: readonly string[]): boolean {
  const at = findAnyCue(tokens, cues);
  return at >= 0 && at <= 1;
}

/** Short replies ("yes please", "nein danke") only count when they are most of the message. */
function isShortReply(tokens: string[], cues: readonly string[]): boolean {
  return tokens.length <= 4 && startsWithCue(tokens, cues);
}

export function detectIntents(raw: string): DetectedIntents {
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
  const intents = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];

  const wantsSwap = findAnyCue(tokens, talk.swapCues) >= 0 && (entities.size !== undefined || entities.color !== undefined);
  const wantsToSave = findAnyCue(tokens, talk.saveCues) >= 0 || entities.email !== undefined || entities.phone !== undefined;
  const wantsHuman = findAnyCue(tokens, talk.humanCues) >= 0;
  const wantsCheckoutLink = findAnyCue(tokens, talk.checkoutLinkCues) >= 0 && !intents.includes("checkout_confusion");
  const greeting = startsWithCue(tokens, talk.greetingCues);
  const thanks = findAnyCue(tokens, talk.thanksCues) >= 0;
  const yes = isShortReply(tokens, talk.yesCues);
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
    wantsExchange: findAnyCue(tokens, exchangeCues) >= 0,
    complaint: findAnyCue(tokens, complaintCues) >= 0,
    greeting,
    thanks,
    yes,
    no,
    unsure,
  };
}
