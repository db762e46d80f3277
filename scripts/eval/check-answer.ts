import type { Reply } from "./chat-client.ts";
import type { CheckContext } from "./check-context.ts";
import { checkPayments, checkReturns, checkShipping } from "./check-logistics.ts";
import { checkBetween, checkCompat, checkMeasure, checkQuality, checkStock } from "./check-product.ts";
import type { Expect } from "./eval-case.ts";
import { checkoutOffer, genericQuestion, has, looksGerman, moneyPattern } from "./text-facts.ts";

const called = (reply: Reply, name: string) => reply.tools.find((t) => t.name === name);
const okOutput = (output: unknown): output is Record<string, unknown> =>
  typeof output === "object" && output !== null && "ok" in output && output.ok === true;

/** Every answer: the shopper's language, no raw links, days and countries written as a person would. */
export function checkEveryAnswer(reply: Reply, ctx: CheckContext): string[] {
  const text = reply.text;
  const failures: string[] = [];
  if (text.trim() === "") failures.push("empty answer");
  if (/https?:\/\//.test(text)) failures.push("raw URL in the text");
  if (/\b(\d+)\s*[–-]\s*\1\s+(business\s+)?(day|days|Tage|Werktage)/i.test(text)) failures.push('day range like "1–1 days"');
  if (/\b(to|nach|in) (DE|FR|GB|US|AU|AT|CH)\b/.test(text)) failures.push("country code instead of its name");
  if (ctx.lang === "de" && !looksGerman(text)) failures.push("not in German");
  if (ctx.lang === "en" && looksGerman(text)) failures.push("not in English");
  if (ctx.page?.includes("checkout") && has(text, checkoutOffer)) failures.push("offers checkout on the checkout page");
  if (ctx.previous && has(ctx.previous.text, checkoutOffer) && has(text, checkoutOffer)) failures.push("checkout offer twice in a row");
  return failures;
}

export async function checkExpect(e: Expect, reply: Reply, ctx: CheckContext): Promise<string[]> {
  const text = reply.text;
  switch (e.kind) {
    case "shipping":
    case "delivery":
      return checkShipping(e, reply, ctx);
    case "returns":
      return checkReturns(e, reply, ctx);
    case "payments":
      return checkPayments(e, reply, ctx);
    case "stock":
      return checkStock(e, reply, ctx);
    case "measure":
      return checkMeasure(e, reply, ctx);
    case "between":
      return checkBetween(reply, ctx);
    case "compat":
      return checkCompat(e, reply, ctx);
    case "quality":
      return checkQuality(reply, ctx);
    case "fit_exchange": {
      const exchanges = JSON.stringify((await ctx.facts.policies()).exchanges);
      if (!/"free":true/.test(exchanges)) return [];
      return has(text, /exchange|swap|Umtausch|umtauschen|tauschen/i) ? [] : ["should mention the free size exchange"];
    }
    case "swapped": {
      const { product, variant } = await ctx.cartProduct();
      const line = (await ctx.facts.cart(ctx.cartId)).lines[0];
      const now = product.variants.find((v) => v.id === line?.variantId);
      if (!now || now.id === variant?.id) return ["the cart line was not switched"];
      const failures = now.inventory > 0 ? [] : [`switched to sold-out ${now.title}`];
      return has(text, now.title) || has(text, now.title.replace("/", " / ")) ? failures : [...failures, `should confirm the switch to ${now.title}`];
    }
    case "guest":
      return has(text, /guest|Gast/i) ? [] : ["should say guest checkout is possible"];
    case "trust": {
      const security = JSON.stringify((await ctx.facts.policies()).security);
      const facts = ["3-D Secure", "PCI"].filter((f) => security.includes(f));
      return facts.some((f) => has(text, f)) ? [] : [`should give the security facts (${facts.join(", ")})`];
    }
    case "checkout_help":
    case "checkout_link": {
      const link = called(reply, "createCheckoutLink");
      return link && okOutput(link.output) && typeof link.output["url"] === "string" ? [] : ["should create a checkout link (button)"];
    }
    case "discount_first": {
      const cart = await ctx.facts.cart(ctx.cartId);
      const failures: string[] = [];
      if (cart.discounts.length > 0) failures.push("a discount was applied on the first ask");
      if (!text.includes("?")) failures.push("should ask what holds the shopper back");
      if (/You can pay with|Sie können mit .* bezahlen/i.test(text)) failures.push("opens with payment methods");
      return failures;
    }
    case "offer": {
      const offer = called(reply, "requestOffer");
      if (!offer) return ["should ask the policy engine (requestOffer)"];
      const cart = await ctx.facts.cart(ctx.cartId);
      const discount = cart.discounts[0];
      if (!discount) return has(text, /can't|cannot|not able|afraid|leider|nicht/i) ? [] : ["no discount applied: should say so"];
      return has(text, moneyPattern(discount.amount, ctx.lang)) ? [] : [`should quote the applied discount ${discount.amount.amount}`];
    }
    case "distracted":
      return has(text, /take your time|no rush|no hurry|stays|saved|later|Zeit|später|bleibt/i) ? [] : ["should let the shopper take their time"];
    case "human": {
      // The model's handOver tool, or the platform's own handover on the shopper's words (it runs
      // before any model and says honestly whether anyone was reached).
      const platform = has(text, /asked the team at|nobody from .* is available|Team von .* gefragt|niemand von .* erreichbar/i);
      const failures = called(reply, "handOver") || platform ? [] : ["should hand over (handOver or the platform's handover)"];
      const name = await ctx.facts.shopName(ctx.storeUrl);
      if (name && !has(text, name)) failures.push(`should name the store as shoppers know it (${name})`);
      return failures;
    }
    case "save": {
      const save = called(reply, "saveCartForLater");
      if (!save) return ["should save the cart (saveCartForLater)"];
      const input = JSON.stringify(save.input);
      const failures: string[] = [];
      if (!input.includes(e.email)) failures.push("should save the given address");
      if (/"consent"/.test(input)) failures.push("the model set consent");
      if (!has(text, /confirm|checkbox|tick|bestätig|Häkchen|Kästchen/i)) failures.push("should ask the shopper to confirm");
      return failures;
    }
    case "no_save":
      return called(reply, "saveCartForLater") ? ["saved a contact the shopper did not agree to"] : [];
    case "no_checkout_offer":
      return has(text, checkoutOffer) ? ["should not offer checkout here"] : [];
    case "not_about":
      return has(text, e.pattern) || has(text, genericQuestion) ? [`off topic (${e.pattern.source}) or generic`] : [];
  }
}
