import { z } from "zod";
import type { Offer } from "../config/site-config.ts";

/** Why the policy engine refused an offer (contract reason codes). */
export const RefusalReason = z.enum([
  "no_offer_for_objection",
  "min_subtotal_not_met",
  "exceeds_max_discount",
  "already_used",
  "objection_not_addressed",
  "holdout",
  "coupon_rejected",
]);
export type RefusalReason = z.infer<typeof RefusalReason>;

export type PolicyDecision =
  | { decision: "grant"; offer: Offer; expectedDiscount: number }
  | { decision: "refuse"; reason: RefusalReason; offer: Offer | null; message: string };

export const refusalMessages: Record<RefusalReason, string> = {
  no_offer_for_objection: "There is no offer for this concern.",
  min_subtotal_not_met: "The cart is below the minimum value for an offer.",
  exceeds_max_discount: "An offer would exceed the store's maximum discount on this cart.",
  already_used: "This cart already has the offers it can get.",
  objection_not_addressed: "Answer the shopper's concern with store facts first; offers come after that.",
  holdout: "Offers are not available in this session.",
  coupon_rejected: "The store did not accept the offer's code for this cart.",
};

export function refuse(reason: RefusalReason, offer: Offer | null, message = refusalMessages[reason]): PolicyDecision {
  return { decision: "refuse", reason, offer, message };
}
