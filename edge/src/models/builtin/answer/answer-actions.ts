import { z } from "zod";
import type { ToolExchange } from "../read-prompt.ts";
import { CartResult, CheckoutLinkResult, Failed, HandOverResult, OfferResult, SavedResult } from "../tool-results.ts";
import type { TurnContext } from "../turn-context.ts";
import { formatMoney } from "./format.ts";
import type { Phrases } from "./phrases-en.ts";

/** Only what requestOffer returned: the applied discount, or the honest refusal. Never a promise. */
export function answerOffer(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = OfferResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const offer = parsed.data;
  if (offer.granted) {
    return [p.offerGranted(offer.description, formatMoney(offer.discount, ctx.language), formatMoney(offer.cart.total, ctx.language))];
  }
  return [p.offerRefused(offer.reason)];
}

/** First discount ask: no offer; the value of what is in the cart and the question behind the ask. */
export function answerPriceFirst(exchange: ToolExchange, ctx: TurnContext, p: Phrases): [string, string] {
  const parsed = CartResult.safeParse(exchange.output);
  const line = parsed.success ? parsed.data.cart.lines[0] : undefined;
  if (!line) return ["", p.priceWhy];
  return [p.priceFirst(line.title, formatMoney(line.unitPrice, ctx.language)), p.priceWhy];
}

export function answerCheckoutLink(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = CheckoutLinkResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  // The widget renders the link as a button; the text never repeats the URL.
  return [ctx.detected.intents.includes("checkout_confusion") ? p.checkoutHelp : p.checkoutLink];
}

const Contact = z.object({ email: z.string().optional(), phone: z.string().optional() });

export function answerSaved(exchange: ToolExchange, _ctx: TurnContext, p: Phrases): string[] | null {
  const saved = SavedResult.safeParse(exchange.output);
  if (saved.success) {
    const contact = Contact.safeParse(exchange.input).data;
    return [p.saved(saved.data.address ?? contact?.email ?? contact?.phone ?? "", saved.data.channel)];
  }
  const failed = Failed.safeParse(exchange.output);
  if (failed.success && failed.data.code === "consent_required") return [p.saveConsent];
  if (failed.success && failed.data.code === "invalid_contact") return [p.saveInvalid];
  return null;
}

export function answerHandOver(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = HandOverResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const email = /[\w.+-]+@[\w-]+\.[\w.-]*\w/.exec(parsed.data.message)?.[0] ?? null;
  return [p.handOver(parsed.data.message, ctx.options.siteName, email)];
}
