import type { Offer, SiteConfig } from "../config/site-config.ts";
import type { ObjectionRecord } from "../agent/agent-context.ts";
import type { Objection } from "../domain/objection.ts";
import type { Group } from "../domain/session-state.ts";
import type { Cart } from "../store/store-schemas.ts";
import type { CartGrant } from "./cart-offers.ts";
import { computeOfferDiscount, discountCap, existingDiscount, type DiscountContext } from "./compute-offer-discount.ts";
import { sameCode } from "./offer-context.ts";
import { refuse, type PolicyDecision } from "./offer-decision.ts";

export interface OfferLedger {
  /** This session's objections (an offer may require its objection answered first). */
  objections: readonly ObjectionRecord[];
  /** Offers the cart holds, from any of its sessions. */
  cartGrants: readonly Pick<CartGrant, "offerId" | "code">[];
  /** Offers the cart's verified customer got on other carts (onePerCustomer). */
  customerGrants: readonly Pick<CartGrant, "offerId" | "code">[];
}

export interface OfferRequest extends DiscountContext {
  site: Pick<SiteConfig, "offers" | "maxDiscountPercent" | "maxOffersPerCart">;
  group: Group;
  cart: Cart;
  ledger: OfferLedger;
  objection: Objection;
}

function alreadyGranted(offer: Offer, request: OfferRequest): boolean {
  const same = (g: Pick<CartGrant, "offerId" | "code">) => g.offerId === offer.id || sameCode(g.code, offer.code);
  const onCart = request.cart.discounts.some((d) => sameCode(d.code, offer.code));
  return onCart || request.ledger.cartGrants.some(same) || (offer.onePerCustomer && request.ledger.customerGrants.some(same));
}

function addressed(objection: Objection, ledger: OfferLedger): boolean {
  return ledger.objections.some((record) => record.code === objection && record.addressed);
}

/**
 * The business rules for discounts, as a pure function. Offers are tried in config order (the
 * merchant's preference); the refusal reason is the first rule that excluded the last candidates.
 */
export function decideOffer(request: OfferRequest): PolicyDecision {
  const { site, cart, ledger, objection } = request;
  if (request.group === "holdout") return refuse("holdout", null);

  let candidates = site.offers.filter((offer) => offer.objections.includes(objection));
  const first = candidates[0];
  if (first === undefined) return refuse("no_offer_for_objection", null);

  if (ledger.cartGrants.length >= site.maxOffersPerCart) return refuse("already_used", first);

  const step = (keep: (offer: Offer) => boolean) => {
    const last = candidates[candidates.length - 1] ?? null;
    candidates = candidates.filter(keep);
    return last;
  };

  let last = step((offer) => !alreadyGranted(offer, request));
  if (candidates.length === 0) return refuse("already_used", last);

  last = step((offer) => !offer.requireAddressedFirst || addressed(objection, ledger));
  if (candidates.length === 0) return refuse("objection_not_addressed", last);

  last = step((offer) => cart.subtotal.amount >= offer.minSubtotal);
  if (candidates.length === 0) return refuse("min_subtotal_not_met", last);

  const priced = candidates
    .map((offer) => ({ offer, amount: computeOfferDiscount(offer, cart, request) }))
    .filter((entry) => entry.amount === null || entry.amount > 0);
  if (priced.length === 0) {
    return refuse("no_offer_for_objection", candidates[0] ?? null, "No offer would lower the price of this cart.");
  }

  const room = discountCap(site.maxDiscountPercent, cart) - existingDiscount(cart, request);
  const fitting = priced.find((entry) => entry.amount !== null && entry.amount <= room);
  if (fitting === undefined || fitting.amount === null) return refuse("exceeds_max_discount", priced[priced.length - 1]?.offer ?? null);

  return { decision: "grant", offer: fitting.offer, expectedDiscount: fitting.amount };
}
