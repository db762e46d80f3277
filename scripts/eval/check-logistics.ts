import type { Reply } from "./chat-client.ts";
import type { CheckContext } from "./check-context.ts";
import type { Expect } from "./eval-case.ts";
import { countryName, daysPattern, genericQuestion, has, moneyPattern } from "./text-facts.ts";

/** Shipping and delivery: every live rate's price (or its days), the destination by name. */
export async function checkShipping(e: Extract<Expect, { kind: "shipping" | "delivery" }>, reply: Reply, ctx: CheckContext): Promise<string[]> {
  const country = e.country ?? "DE";
  const fact = await ctx.facts.rates(ctx.cartId, country);
  const name = countryName(country, ctx.lang);
  const text = reply.text;
  const failures: string[] = [];
  if (!has(text, name)) failures.push(`should name ${name}`);
  if (!fact.shipped) {
    if (!/n't ship|not ship|doesn't deliver|no shipping|nicht nach|liefert .*nicht|nicht geliefert|kein Versand|keinen Versand/i.test(text)) failures.push(`should say the store does not ship to ${name}`);
    const supported = fact.supported.map((c) => countryName(c, ctx.lang));
    if (!supported.some((s) => has(text, s))) failures.push("should say where the store ships");
    return failures;
  }
  for (const rate of fact.rates) {
    if (e.kind === "shipping" && !has(text, moneyPattern(rate.price, ctx.lang))) failures.push(`missing ${rate.name} price ${rate.price.amount}`);
    if (e.kind === "delivery" && !has(text, daysPattern(rate.minDays, rate.maxDays))) failures.push(`missing ${rate.name} days ${rate.minDays}–${rate.maxDays}`);
  }
  return failures;
}

export async function checkReturns(e: Extract<Expect, { kind: "returns" }>, reply: Reply, ctx: CheckContext): Promise<string[]> {
  const policies = await ctx.facts.policies();
  const text = reply.text;
  const failures: string[] = [];
  if (!has(text, new RegExp(`\\b${policies.returns.days}\\b`))) failures.push(`should give the ${policies.returns.days} days`);
  if (policies.returns.free && !has(text, /free|kostenlos|kostenfrei|gratis/i)) failures.push("should say returns are free");
  const exchangesFree = typeof policies.exchanges === "object" && policies.exchanges !== null && "free" in policies.exchanges && policies.exchanges.free === true;
  if (e.fit && exchangesFree && !has(text, /exchange|swap|Umtausch|umtauschen|tauschen/i)) failures.push("should offer the free size exchange");
  return failures;
}

export async function checkPayments(e: Extract<Expect, { kind: "payments" }>, reply: Reply, ctx: CheckContext): Promise<string[]> {
  const policies = await ctx.facts.policies();
  const text = reply.text;
  if (has(text, genericQuestion)) return ["generic question instead of the payment methods"];
  const short = (name: string) => name.split(/\s[—–(-]\s?|\s\(/)[0] ?? name;
  const names = policies.payments.map((m) => short(m.name));
  if (e.method && !has(text, e.method)) return [`should answer about ${e.method}`];
  if (e.focus === "later") {
    const later = policies.payments.filter((m) => m.bnpl).map((m) => short(m.name));
    if (!later.some((n) => has(text, n))) return [`should name the pay-later option (${later.join(", ")})`];
    return has(text, /later|30 days|instal|später|Raten|30 Tage/i) ? [] : ["should say it can be paid later"];
  }
  const named = names.filter((n) => has(text, n)).length;
  return named >= Math.min(3, names.length) ? [] : [`should list the payment methods (${named}/${names.length})`];
}
