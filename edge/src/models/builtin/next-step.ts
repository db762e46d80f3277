import type { DetectedIntents } from "./intents/detect-intents.ts";
import { rankAlternatives } from "./rank-alternatives.ts";
import type { ToolExchange } from "./read-prompt.ts";
import { OfferResult, SizeAdvice, StockResult } from "./tool-results.ts";

/**
 * The one helpful next step an answer ends with. Derived only from the turn's tool results, so a
 * later "yes" can be resolved by recomputing it from the history instead of remembering state.
 */
export type NextStep =
  | { kind: "swap"; variantId: string; label: string }
  | { kind: "checkout_link" }
  | { kind: "save_cart" }
  | { kind: "ask_measurements" }
  | { kind: "none" };

/** `inCart`: variant ids already in the cart, never proposed as a swap. */
export function nextStepFor(exchanges: ToolExchange[], intents: DetectedIntents | null, inCart: ReadonlySet<string> = new Set()): NextStep {
  const names = new Set(exchanges.map((e) => e.toolName));
  if (names.has("handOver") || names.has("createCheckoutLink")) return { kind: "none" };
  for (const exchange of exchanges) {
    const stock = StockResult.safeParse(exchange.output);
    if (stock.success && !stock.data.inStock) {
      const alternative = rankAlternatives(stock.data.alternatives, stock.data.requested["size"], stock.data.sizes).find((a) => !inCart.has(a.variantId));
      if (alternative) return { kind: "swap", variantId: alternative.variantId, label: alternative.title.replace(/\s*\/\s*/g, " / ") };
    }
    const advice = SizeAdvice.safeParse(exchange.output);
    if (advice.success) {
      if (advice.data.recommended && advice.data.variantId && advice.data.inStock && !inCart.has(advice.data.variantId)) {
        return { kind: "swap", variantId: advice.data.variantId, label: advice.data.recommended };
      }
      if (!advice.data.recommended) return { kind: "ask_measurements" };
    }
  }
  if (names.has("saveCartForLater")) return { kind: "none" };
  if (intents?.intents.includes("distracted") || intents?.no) return { kind: "save_cart" };
  if (exchanges.some((e) => e.toolName === "requestOffer" && OfferResult.safeParse(e.output).data?.granted)) return { kind: "checkout_link" };
  if (names.has("requestOffer") || intents?.intents.includes("price_discount")) return { kind: "save_cart" };
  return { kind: "checkout_link" };
}
