import { z } from "zod";
import type { Objection } from "../../../domain/objection.ts";
import { nextStepFor } from "../next-step.ts";
import type { ToolExchange } from "../read-prompt.ts";
import { Failed, PaymentsPolicy, PolicyResult } from "../tool-results.ts";
import { cartVariantIds, latestCart, type TurnContext } from "../turn-context.ts";
import { answerCheckoutLink, answerHandOver, answerOffer, answerPriceFirst, answerSaved } from "./answer-actions.ts";
import { answerPolicy, answerShipping } from "./answer-logistics.ts";
import { answerProduct, answerSize, answerStock, answerSwap } from "./answer-product.ts";
import { formatList } from "./format.ts";
import { composeOpener } from "./compose-opener.ts";
import { de } from "./phrases-de.ts";
import { en, type Phrases } from "./phrases-en.ts";

type Composer = (exchange: ToolExchange, ctx: TurnContext, p: Phrases) => string[] | null;

const composers: Record<string, { compose: Composer; what: keyof Phrases["what"] }> = {
  handOver: { compose: answerHandOver, what: "policy" },
  getShippingRates: { compose: answerShipping, what: "shipping" },
  getPolicies: { compose: answerPolicy, what: "policy" },
  adviseSize: { compose: answerSize, what: "size" },
  changeCartLine: { compose: answerSwap, what: "swap" },
  checkStock: { compose: answerStock, what: "stock" },
  getProduct: { compose: answerProduct, what: "product" },
  requestOffer: { compose: answerOffer, what: "offer" },
  createCheckoutLink: { compose: answerCheckoutLink, what: "link" },
  saveCartForLater: { compose: answerSaved, what: "save" },
};

const maxFacts = 3;

/** The answer after tool results: grounded only in this turn's results, short, ending with one next step. */
export function composeAnswer(ctx: TurnContext): string {
  const p = ctx.language === "de" ? de : en;
  if (ctx.opener) return composeOpener(ctx, p);
  const d = ctx.detected;
  const turn = ctx.view.turn;
  const sections: Array<{ rank: number; sentences: string[]; payments: boolean }> = [];
  for (const exchange of turn) {
    const composer = composers[exchange.toolName];
    if (!composer) continue;
    const sentences = composer.compose(exchange, ctx, p);
    const rank = rankOf(exchange, d.intents);
    const payments = PolicyTopic.safeParse(exchange.input).data?.topic === "payments";
    if (sentences && sentences.length > 0) sections.push({ rank, sentences, payments });
    else if (exchange.failed || Failed.safeParse(exchange.output).success) sections.push({ rank, sentences: [p.failed(p.what[composer.what])], payments });
  }
  // Answer in the order the shopper asked, even when a lookup needed a second step.
  const ordered = [...sections].sort((a, b) => a.rank - b.rank).map((s) => s.sentences);
  const lead: string[] = [];
  const cart = latestCart(turn);
  if (d.greeting) {
    lead.push(p.greeting(ctx.options.tone, ctx.options.assistantName));
    const titles = cart?.lines.slice(0, 2).map((l) => l.title) ?? [];
    if (titles.length > 0 && sections.length === 0) lead.push(p.inCart(formatList(titles, ctx.language)));
  }
  if (d.thanks && sections.length === 0) lead.push(p.thanks(ctx.options.tone));
  if (d.intents.includes("distracted") && sections.length === 0) lead.push(p.distracted);
  if (d.no && sections.length === 0) lead.push(p.no);
  if (d.refusesContact) lead.push(p.noContact);
  if (d.wantsToSave && !turn.some((e) => e.toolName === "saveCartForLater")) return [...lead, p.askContact].join(" ");

  const offerAsked = turn.some((e) => e.toolName === "requestOffer");
  if (d.intents.includes("price_discount") && !offerAsked) {
    const cartCall = turn.find((e) => e.toolName === "getCart");
    const [value, why] = answerPriceFirst(cartCall ?? emptyExchange, ctx, p);
    // A price doubt gets the pay-later option, not the list of payment methods (unless that was asked too).
    const paymentsAsked = d.intents.includes("payment_options");
    const later = paymentsAsked ? [] : payLaterOf(turn, p);
    const facts = pickFacts(sections.filter((s) => paymentsAsked || !s.payments).sort((a, b) => a.rank - b.rank).map((s) => s.sentences));
    return [...lead, ...facts, value, ...later, why].filter((s) => s !== undefined && s !== "").join(" ");
  }
  const facts = [...pickFacts(ordered), ...cannotCheck(ctx, p)];
  const step = nextStepFor(turn, d, cartVariantIds(ctx));
  const settled = d.thanks || d.no || d.refusesContact || d.intents.includes("distracted") || step.kind === "ask_measurements";
  if (facts.length === 0 && !settled) return [...lead, p.unsure].join(" ");
  const offerCheckout = step.kind === "checkout_link" && checkoutOfferHelps(ctx);
  const next =
    step.kind === "swap" ? p.next.swap(step.label)
    : step.kind === "none" || (step.kind === "checkout_link" && !offerCheckout) ? (facts.length === 0 ? p.next.anything_else : "")
    : p.next[step.kind];
  return [...lead, ...facts, next].filter((s) => s !== "").join(" ");
}

/** "Klarna also lets you pay later", from this turn's payments policy. */
function payLaterOf(turn: ToolExchange[], p: Phrases): string[] {
  for (const exchange of turn) {
    if (exchange.toolName !== "getPolicies") continue;
    const parsed = PolicyResult.safeParse(exchange.output);
    const methods = PaymentsPolicy.safeParse(parsed.data?.policy);
    if (parsed.data?.topic !== "payments" || !methods.success) continue;
    const later = methods.data.filter((m) => m.bnpl).map((m) => m.name.split(/\s[—–(-]\s?/)[0] ?? m.name);
    if (later.length > 0) return [p.payLater(later.join(" / "))];
  }
  return [];
}

/** Never on the checkout page itself, never twice in a row. */
function checkoutOfferHelps(ctx: TurnContext): boolean {
  const page = ctx.options.page ?? ctx.options.opener?.page ?? "";
  if (page.includes("checkout")) return false;
  return ![en.next.checkout_link, de.next.checkout_link].some((offer) => ctx.view.lastAnswer.includes(offer));
}

/** The tool that answers each kind of question; when the store offers none, the answer says so. */
const answeredBy: Partial<Record<Objection, { tool: string; what: keyof Phrases["cannotCheck"] }>> = {
  shipping_cost: { tool: "getShippingRates", what: "shipping" },
  delivery_time: { tool: "getShippingRates", what: "shipping" },
  stock_availability: { tool: "checkStock", what: "stock" },
  sizing_fit: { tool: "adviseSize", what: "size" },
  compatibility: { tool: "getProduct", what: "product" },
  product_quality: { tool: "getProduct", what: "product" },
  returns: { tool: "getPolicies", what: "policy" },
  payment_options: { tool: "getPolicies", what: "policy" },
  account_creation: { tool: "getPolicies", what: "policy" },
  trust_security: { tool: "getPolicies", what: "policy" },
  checkout_confusion: { tool: "createCheckoutLink", what: "link" },
};

function cannotCheck(ctx: TurnContext, p: Phrases): string[] {
  const missing = new Set<string>();
  for (const code of ctx.detected.intents) {
    const need = answeredBy[code];
    // Sizing can also be answered by a stock lookup of the named size.
    const covered = code === "sizing_fit" && ctx.view.turn.some((e) => e.toolName === "checkStock");
    if (need && !ctx.available.has(need.tool) && !covered) missing.add(p.cannotCheck[need.what]);
  }
  return [...missing];
}

const PolicyTopic = z.object({ topic: z.string() });
const topicObjection: Record<string, Objection> = { returns: "returns", exchanges: "returns", payments: "payment_options", guest_checkout: "account_creation", security: "trust_security" };
const toolObjections: Record<string, Objection[]> = {
  getShippingRates: ["shipping_cost", "delivery_time"],
  adviseSize: ["sizing_fit"],
  checkStock: ["stock_availability", "sizing_fit"],
  getProduct: ["compatibility", "product_quality"],
};

/** Where an exchange's answer goes: by the first of its objections the shopper raised; actions after. */
function rankOf(exchange: ToolExchange, intents: Objection[]): number {
  if (exchange.toolName === "handOver") return -1;
  const topic = PolicyTopic.safeParse(exchange.input).data?.topic;
  const codes = exchange.toolName === "getPolicies" && topic ? [topicObjection[topic]] : (toolObjections[exchange.toolName] ?? []);
  const positions = codes.map((code) => (code ? intents.indexOf(code) : -1)).filter((i) => i >= 0);
  return positions.length > 0 ? Math.min(...positions) : intents.length;
}

const emptyExchange: ToolExchange = { toolCallId: "", toolName: "getCart", input: {}, output: null, failed: true };

/** Up to maxFacts sentences, taking each section's first sentence before any section's second. */
function pickFacts(sections: string[][]): string[] {
  const chosen = new Set<string>();
  for (let depth = 0; chosen.size < maxFacts; depth++) {
    const layer = sections.map((s) => s[depth]).filter((s) => s !== undefined);
    if (layer.length === 0) break;
    for (const sentence of layer) if (chosen.size < maxFacts) chosen.add(sentence);
  }
  return sections.flat().filter((s) => chosen.has(s));
}
