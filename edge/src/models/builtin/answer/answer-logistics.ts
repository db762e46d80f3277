import type { ToolExchange } from "../read-prompt.ts";
import { ExchangesPolicy, PaymentsPolicy, PolicyResult, RatesResult, ReturnsPolicy } from "../tool-results.ts";
import type { TurnContext } from "../turn-context.ts";
import { countryName, describeUnknown, firstSentence, formatList, formatMoney, sentence } from "./format.ts";
import type { Phrases } from "./phrases-en.ts";
import { z } from "zod";

const NotShipped = z.looseObject({ ok: z.literal(false), code: z.literal("country_not_supported"), country: z.string(), supported: z.array(z.string()) });

/** Shipping rates: prices and days from the result; leads with days when the shopper asked "how long". */
export function answerShipping(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const unsupported = NotShipped.safeParse(exchange.output);
  if (unsupported.success) {
    const where = unsupported.data.supported.map((code) => countryName(code, ctx.language));
    return [p.notShipped(countryName(unsupported.data.country, ctx.language), formatList(where, ctx.language))];
  }
  const parsed = RatesResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const { rates, amountToFreeShipping } = parsed.data;
  const lang = ctx.language;
  const country = countryName(parsed.data.country, lang);
  if (rates.length === 0) return [p.noRates(country)];
  const price = (amount: { amount: number; currency: string }) => (amount.amount === 0 ? p.free : formatMoney(amount, lang));
  const byDays = [...rates].sort((a, b) => a.maxDays - b.maxDays || a.price.amount - b.price.amount);
  const cheapest = [...rates].sort((a, b) => a.price.amount - b.price.amount || a.maxDays - b.maxDays)[0] ?? byDays[0];
  const fastest = byDays[0];
  const sentences: string[] = [];
  const timeFocus = ctx.detected.intents.includes("delivery_time") && !ctx.detected.intents.includes("shipping_cost");
  if (timeFocus && cheapest && fastest) {
    const lead = p.deliveryTo(country, cheapest.name, p.days(cheapest.minDays, cheapest.maxDays), price(cheapest.price));
    const faster = fastest.id !== cheapest.id ? p.deliveryFaster(fastest.name, p.days(fastest.minDays, fastest.maxDays), price(fastest.price)) : ".";
    sentences.push(lead + faster);
  } else {
    const list = rates.slice(0, 3).map((r) => p.rate(r.name, price(r.price), p.days(r.minDays, r.maxDays)));
    sentences.push(p.shippingTo(country, formatList(list, lang, "disjunction")));
  }
  const withThreshold = rates.find((r) => r.freeOver);
  if (withThreshold?.freeOver && amountToFreeShipping && amountToFreeShipping.amount > 0) {
    sentences.push(p.freeShippingGap(withThreshold.name, formatMoney(withThreshold.freeOver, lang), formatMoney(amountToFreeShipping, lang)));
  } else if (withThreshold && withThreshold.price.amount === 0 && amountToFreeShipping && amountToFreeShipping.amount === 0) {
    // Only when the store priced the rate free: a declared threshold the store's rates do not apply is no promise.
    sentences.push(p.freeShippingReached(withThreshold.name));
  }
  return sentences;
}

const GuestPolicy = z.union([
  z.boolean(),
  z.looseObject({ allowed: z.boolean() }).transform((g) => g.allowed),
  z.looseObject({ enabled: z.boolean() }).transform((g) => g.enabled),
  z.looseObject({ available: z.boolean() }).transform((g) => g.available),
]);

const SecurityFlags = z.looseObject({ pciDss: z.boolean().optional(), threeDSecure: z.boolean().optional() });

/** Returns, exchanges, payments, guest checkout and security from GET /api/policies (via getPolicies). */
export function answerPolicy(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = PolicyResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const { topic, policy } = parsed.data;
  const lang = ctx.language;
  // Store free text is in the store's language (English here); quote it only to English speakers.
  const quote = (value: unknown) => (lang === "en" ? describeUnknown(value, 1).map((t) => sentence(firstSentence(t))) : []);
  if (topic === "returns") {
    const returns = ReturnsPolicy.safeParse(policy);
    return returns.success ? [p.returns(returns.data.days, returns.data.free), ...quote(returns.data.conditions)] : quote(policy);
  }
  if (topic === "exchanges") {
    const exchanges = ExchangesPolicy.safeParse(policy);
    const free = exchanges.success && exchanges.data.free === true;
    const text = exchanges.success ? exchanges.data.description : describeUnknown(policy, 1)[0];
    if (lang === "en" && text) return [sentence(firstSentence(text))];
    return free ? [p.freeExchange] : text && lang === "en" ? [sentence(p.exchanges(text))] : null;
  }
  if (topic === "payments") {
    const payments = PaymentsPolicy.safeParse(policy);
    if (!payments.success || payments.data.length === 0) return null;
    const names = payments.data.map((m) => m.name);
    // "Klarna — pay in 30 days or in 3 instalments" → "Klarna" where the name is repeated.
    const later = payments.data.filter((m) => m.bnpl).map((m) => m.name.split(/\s[—–(-]\s?/)[0] ?? m.name);
    const all = p.payments(formatList(names, lang));
    if (later.length === 0) return [all];
    const payLater = p.payLater(formatList(later, lang, "disjunction"));
    // "I get paid next week": the pay-later option first.
    return ctx.detected.paysLater ? [payLater, all] : [all, payLater];
  }
  if (topic === "guest_checkout") {
    const guest = GuestPolicy.safeParse(policy);
    const own = quote(policy)[0];
    if (own) return [own];
    if (guest.success) return [guest.data ? p.guestYes : p.guestNo];
    return quote(policy);
  }
  const flags = SecurityFlags.safeParse(policy);
  if (topic === "security" && lang === "de" && flags.success && (flags.data.pciDss || flags.data.threeDSecure)) {
    return [p.securityFlags(flags.data.pciDss === true, flags.data.threeDSecure === true)];
  }
  const facts = describeUnknown(policy, 2);
  if (facts.length === 0) return null;
  return topic === "security" ? [sentence(p.security(facts.join(" ")))] : facts.map(sentence);
}
