import { z } from "zod";
import type { Objection } from "../../domain/objection.ts";
import type { CartSaverOptions, Language } from "./cart-saver-options.ts";
import { detectIntents, type DetectedIntents } from "./intents/detect-intents.ts";
import { inheritIntents } from "./inherit-intents.ts";
import type { PromptView, ToolExchange } from "./read-prompt.ts";
import { CartResult, ChangeLineResult, OfferResult } from "./tool-results.ts";

/** Everything one model step decides from: the prompt read once, the shopper's message understood. */
export interface TurnContext {
  view: PromptView;
  options: CartSaverOptions;
  /** Proactive opener: no shopper message to answer. */
  opener: boolean;
  /** The current message (empty intents for an opener). */
  detected: DetectedIntents;
  /** Earlier shopper messages, oldest first. */
  earlier: DetectedIntents[];
  language: Language;
  /** Tool names the caller offered; the model never calls anything else. */
  available: Set<string>;
}

export function buildTurnContext(view: PromptView, options: CartSaverOptions, toolNames: string[]): TurnContext {
  const opener = options.opener !== null && options.opener !== undefined;
  const texts = opener ? view.userTexts.slice(0, -1) : view.userTexts;
  const current = opener ? "" : (texts.at(-1) ?? "");
  const earlier: DetectedIntents[] = [];
  for (const text of texts.slice(0, -1)) earlier.push(inheritIntents(text, detectIntents(text), earlier.at(-1)));
  const detected = inheritIntents(current, detectIntents(current), earlier.at(-1));
  const language = detected.language ?? lastDefined(earlier.map((d) => d.language)) ?? options.language ?? "en";
  return { view, options, opener, detected, earlier, language, available: new Set(toolNames) };
}

const RecordInput = z.object({ code: z.string() });

/** Was this objection raised before the current message (recorded by a tool call or detected in text)? */
export function raisedBefore(ctx: TurnContext, code: Objection): boolean {
  const recorded = ctx.view.history.some((e) => e.toolName === "recordObjection" && RecordInput.safeParse(e.input).data?.code === code);
  return recorded || ctx.earlier.some((d) => d.intents.includes(code));
}

/** Was an offer already requested earlier in the conversation? */
export function offerRequestedBefore(ctx: TurnContext): boolean {
  return ctx.view.history.some((e) => e.toolName === "requestOffer" && OfferResult.safeParse(e.output).success);
}

/** The latest cart any tool returned, this turn first. */
export function latestCart(exchanges: ToolExchange[]) {
  for (const exchange of [...exchanges].reverse()) {
    const cart = CartResult.safeParse(exchange.output);
    if (cart.success) return cart.data.cart;
    const changed = ChangeLineResult.safeParse(exchange.output);
    if (changed.success) return changed.data.cart;
  }
  return null;
}

/** Variant ids in the latest known cart (history and this turn). */
export function cartVariantIds(ctx: TurnContext): Set<string> {
  const cart = latestCart([...ctx.view.history, ...ctx.view.turn]);
  return new Set(cart?.lines.map((line) => line.variantId) ?? []);
}

/** The most recent country the shopper named, so "and how long?" keeps "to France". */
export function conversationCountry(ctx: TurnContext): string | undefined {
  return ctx.detected.entities.country ?? lastDefined(ctx.earlier.map((d) => d.entities.country)) ?? undefined;
}

function lastDefined<T>(values: Array<T | null | undefined>): T | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const value = values[i];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}
