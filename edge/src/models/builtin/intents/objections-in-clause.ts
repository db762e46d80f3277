import type { Objection } from "../../../domain/objection.ts";
import type { Entities } from "./extract-entities.ts";
import * as checkout from "./lexicon-checkout.ts";
import * as talk from "./lexicon-conversation.ts";
import * as delivery from "./lexicon-delivery.ts";
import * as product from "./lexicon-product.ts";
import { compileCues, findAnyCue } from "./match-cue.ts";

type Hit = { code: Objection; at: number };

const lexicons = [checkout, talk, delivery, product].flatMap((module) => Object.values(module).filter((v): v is readonly string[] => Array.isArray(v)));
compileCues(lexicons);

/** The objections one clause raises, with the token position of their cue. */
export function objectionsInClause(tokens: string[], entities: Entities): Hit[] {
  // "Shipping is fine" / "kein Problem mit dem Versand": the topic is settled, not an objection.
  if (findAnyCue(tokens, talk.satisfiedCues) >= 0) return [];
  const hits: Hit[] = [];
  const add = (code: Objection, at: number) => {
    if (at >= 0 && !hits.some((h) => h.code === code)) hits.push({ code, at });
  };
  const find = (cues: readonly string[]) => findAnyCue(tokens, cues);

  const subject = find(delivery.shippingSubject);
  const cost = find(delivery.costCues);
  const time = find(delivery.timeCues);
  const arrival = find(delivery.arrivalCues);
  if (subject >= 0) {
    if (cost >= 0 || time < 0) add("shipping_cost", Math.min(subject, cost < 0 ? subject : cost));
    if (time >= 0) add("delivery_time", Math.min(subject, time));
  }
  add("delivery_time", arrival);

  const returnsExcluded = find(product.returnsExclusions) >= 0;
  if (!returnsExcluded) add("returns", find(product.returnsCues));

  const device = entities.device !== undefined;
  if (device) add("compatibility", find(product.compatibilityCues) >= 0 ? find(product.compatibilityCues) : 0);
  else add("compatibility", find(["compatib*", "kompatib*"]));

  // "could I have it in Paris" is about delivery, not a variant.
  const placeOnly = entities.country !== undefined && entities.size === undefined && entities.color === undefined;
  if (!placeOnly || find(["have it in", "have this in", "have them in", "come in"]) < 0) add("stock_availability", find(product.stockStrongCues));
  if (entities.size !== undefined || entities.color !== undefined) add("stock_availability", find(product.stockAskCues));
  const sizingStrong = find(product.sizingStrongCues);
  if (!device) add("sizing_fit", sizingStrong);

  add("payment_options", find(checkout.paymentCues));
  add("account_creation", find(checkout.accountCues));
  add("checkout_confusion", find(checkout.checkoutConfusionCues));
  if (find(checkout.trustExclusions) < 0) add("trust_security", find(checkout.trustCues));
  add("product_quality", find(product.qualityCues));

  const complaint = find(delivery.complaintCues);
  // "Shipping is too expensive" is about shipping; "too expensive" alone is about the price.
  if (complaint >= 0 && subject < 0) add("price_discount", complaint);
  add("price_discount", find(checkout.discountCues));

  // Weak cues count only when nothing more specific matched in the clause.
  if (hits.length === 0) {
    add("stock_availability", find(product.stockWeakCues));
    const named = entities.size !== undefined || entities.color !== undefined;
    if (!device && !named) add("sizing_fit", find(product.sizingWeakCues));
  }
  if (hits.length === 0) add("distracted", find(talk.distractedCues));
  return hits;
}
