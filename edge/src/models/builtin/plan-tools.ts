import type { Objection } from "../../domain/objection.ts";
import { normalizeText } from "./intents/normalize-text.ts";
import { nextStepFor } from "./next-step.ts";
import { cartVariantIds, conversationCountry, latestCart, raisedBefore, type TurnContext } from "./turn-context.ts";

export type ToolRequest = { toolName: string; input: Record<string, unknown> };

const policyTopic: Partial<Record<Objection, string>> = {
  returns: "returns",
  payment_options: "payments",
  account_creation: "guest_checkout",
  trust_security: "security",
};

/** The tool calls that answer a fresh shopper message (or start an opener). Empty: answer in text. */
export function planTools(ctx: TurnContext): ToolRequest[] {
  const calls: ToolRequest[] = [];
  const add = (toolName: string, input: Record<string, unknown> = {}) => {
    const key = JSON.stringify([toolName, input]);
    if (ctx.available.has(toolName) && !calls.some((c) => JSON.stringify([c.toolName, c.input]) === key)) calls.push({ toolName, input });
  };
  if (ctx.opener) {
    add("getCart");
    return calls;
  }
  const d = ctx.detected;
  const { entities } = d;
  if (d.wantsHuman) {
    add("handOver", { reason: ctx.view.userTexts.at(-1)?.slice(0, 200) ?? "shopper asked for a person" });
    return calls;
  }
  const knownCart = latestCart(ctx.view.history);
  // Stock and size answers propose a swap; knowing the cart keeps them from proposing what is already in it.
  if (!knownCart && (d.intents.includes("stock_availability") || d.intents.includes("sizing_fit"))) add("getCart");
  for (const code of d.intents) {
    add("recordObjection", { code });
    // A repeated complaint about rates already shown goes to the policy engine, not to the rates again.
    const alreadyShown = code === "shipping_cost" && d.complaint && raisedBefore(ctx, "shipping_cost");
    if ((code === "shipping_cost" || code === "delivery_time") && !alreadyShown) {
      const country = conversationCountry(ctx);
      add("getShippingRates", { ...(country ? { country } : {}), ...(entities.postalCode ? { postalCode: entities.postalCode } : {}) });
    }
    const topic = policyTopic[code];
    if (topic) add("getPolicies", { topic });
    // A fit worry is best answered with the free size exchange, when the store offers one.
    if (code === "returns" && (d.wantsExchange || fitWorry(ctx))) add("getPolicies", { topic: "exchanges" });
    if (code === "sizing_fit") {
      const m = entities.measurements;
      if (d.betweenSizes) add("adviseSize", {});
      else if (m) add("adviseSize", { ...m });
      else if (entities.size && /^\d/.test(entities.size)) add("adviseSize", { usualSize: entities.size });
      else if (entities.size) add("checkStock", stockInput(ctx));
      else {
        add("adviseSize", {});
        if (!d.betweenSizes) add("getPolicies", { topic: "exchanges" });
      }
    }
    if (code === "stock_availability") add("checkStock", stockInput(ctx));
    if (code === "compatibility" || code === "product_quality") {
      const productId = knownCart?.lines[0]?.productId;
      if (productId) add("getProduct", { productId });
      else add("getCart");
    }
    if (code === "checkout_confusion") add("createCheckoutLink");
  }
  planOffer(ctx, add);
  if (d.wantsSwap) add("changeCartLine", { ...(entities.size ? { size: entities.size } : {}), ...(entities.color ? { color: entities.color } : {}) });
  if (d.wantsCheckoutLink) add("createCheckoutLink");
  if ((d.wantsToSave || ctx.earlier.at(-1)?.wantsToSave) && !d.refusesContact && (entities.email || entities.phone)) {
    const channel = /whatsapp/i.test(ctx.view.userTexts.at(-1) ?? "") && entities.phone ? "whatsapp" : entities.email ? "email" : "sms";
    // Only the address: consent is the shopper's own tick in the widget, never inferred here.
    add("saveCartForLater", { channel, ...(channel === "email" ? { email: entities.email } : { phone: entities.phone }) });
  }
  if (calls.length === 0 && d.yes) planYes(ctx, add);
  if (calls.length === 0 && (d.greeting || d.unsure) && !knownCart && !d.thanks) add("getCart");
  return calls;
}

/**
 * Discounts: the first ask gets the value answered and the reason asked (no offer); asking again, or
 * complaining about an objection already answered with data, asks the policy engine. Only its answer counts.
 */
function planOffer(ctx: TurnContext, add: (toolName: string, input?: Record<string, unknown>) => void): void {
  const d = ctx.detected;
  const shippingComplaint = d.complaint && d.intents.includes("shipping_cost");
  if (!d.intents.includes("price_discount") && !shippingComplaint) return;
  const objection: Objection = shippingComplaint ? "shipping_cost" : "price_discount";
  const insisting = raisedBefore(ctx, objection) || (objection === "price_discount" && raisedBefore(ctx, "shipping_cost") && d.complaint);
  if (insisting) add("requestOffer", { objection });
  else if (objection === "price_discount") {
    // Value first: what is in the cart, whether it can be paid later (a price answer the engine counts), and the question behind the ask.
    add("getCart");
    add("getPolicies", { topic: "payments" });
  }
}

function stockInput(ctx: TurnContext): Record<string, unknown> {
  const { size, color, relative } = ctx.detected.entities;
  return { ...(size ? { size } : {}), ...(color ? { color } : {}), ...(relative && !size ? { relative } : {}) };
}

/** "What if it doesn't fit?", "if the size is wrong", "falls er zu klein ist". */
function fitWorry(ctx: TurnContext): boolean {
  return /\b(fit|fits|size|sizes|small|big|large|tight|loose|passt|passen|groesse|klein|gross|eng|weit)\b/.test(normalizeText(ctx.view.userTexts.at(-1) ?? ""));
}

/** "Yes" accepts the next step the previous answer proposed. */
function planYes(ctx: TurnContext, add: (toolName: string, input?: Record<string, unknown>) => void): void {
  const step = nextStepFor(ctx.view.previousTurn, ctx.earlier.at(-1) ?? null, cartVariantIds(ctx));
  if (step.kind === "swap") add("changeCartLine", { variantId: step.variantId });
  if (step.kind === "checkout_link") add("createCheckoutLink");
}
