import type { SiteConfig } from "../config/site-config.ts";
import type { TurnLedger } from "../agent/turn-ledger.ts";
import type { Objection } from "../domain/objection.ts";
import type { Group } from "../domain/session-state.ts";
import type { Failure, StoreAdapter } from "../store/store-adapter.ts";
import type { Cart, Money } from "../store/store-schemas.ts";
import type { CartOffers } from "./cart-offers.ts";
import { discountCap, existingDiscount } from "./compute-offer-discount.ts";
import { decideOffer } from "./decide-offer.ts";
import { loadDiscountContext, sameCode } from "./offer-context.ts";
import { refusalMessages, type RefusalReason } from "./offer-decision.ts";

export type OfferOutcome =
  | { ok: true; granted: true; code: string; description: string; discount: Money; cart: Cart }
  | { ok: true; granted: false; reason: RefusalReason; message: string }
  | Failure;

export interface OfferDeps {
  site: SiteConfig;
  group: Group;
  cartId: string;
  sessionId: string;
  /** The verified customer (identity verification), for onePerCustomer. */
  customerId: string | null;
  store: StoreAdapter;
  /** This session's objections and decisions (the decision log). */
  ledger: TurnLedger;
  /** The offers the cart holds across all its sessions. */
  cartOffers: CartOffers;
}

/**
 * The only path that applies a discount: decide with the policy engine over the cart's offers
 * (all its sessions), claim the cart's slot atomically, apply the coupon in the store, re-check
 * the cart it returns (removing a coupon the store over-applied and freeing the slot), and
 * record every decision with its reason. Requests in one session never interleave; requests of
 * different sessions meet at the claim.
 */
export function requestOffer(deps: OfferDeps, objection: Objection): Promise<OfferOutcome> {
  return deps.ledger.exclusive(() => decideAndApply(deps, objection));
}

async function decideAndApply(deps: OfferDeps, objection: Objection): Promise<OfferOutcome> {
  const { site, store, ledger } = deps;
  await ledger.recordObjection(objection);
  const loaded = await store.getCart(deps.cartId);
  if (!loaded.ok) return loaded;
  const cart = loaded.value;
  const candidates = site.offers.filter((offer) => offer.objections.includes(objection));
  const [context, grants] = await Promise.all([loadDiscountContext(store, cart, candidates, site), deps.cartOffers.granted()]);
  const offerLedger = { objections: ledger.objections, cartGrants: grants.cart, customerGrants: grants.customer };
  const decision = decideOffer({ ...context, site, group: deps.group, cart, ledger: offerLedger, objection });
  const record = { objection, at: Date.now(), offerId: decision.offer?.id ?? null, code: decision.offer?.code ?? null };
  const refused = async (reason: string, outcome: RefusalReason, message = refusalMessages[outcome]): Promise<OfferOutcome> => {
    await ledger.recordOffer({ ...record, granted: false, amount: 0, reason });
    return { ok: true, granted: false, reason: outcome, message };
  };

  if (decision.decision === "refuse") return refused(decision.reason, decision.reason, decision.message);

  const { offer } = decision;
  const claim = { offerId: offer.id, code: offer.code, amount: decision.expectedDiscount, sessionId: deps.sessionId, customerId: deps.customerId, at: record.at };
  // Another session of this cart (or of this customer) got there first.
  if (!(await deps.cartOffers.claim(claim, { maxOffersPerCart: site.maxOffersPerCart, onePerCustomer: offer.onePerCustomer }))) {
    return refused("already_used:claimed_elsewhere", "already_used");
  }

  // Where the platform can, the grant becomes a unique single-use code for this cart, so it cannot
  // leak to coupon sites; the static code stays the fallback.
  let code = offer.code;
  if (store.capabilities.singleUseCodes && store.createSingleUseCode) {
    const unique = await store.createSingleUseCode(offer, cart.id);
    if (unique.ok) code = unique.value.code;
  }
  let applied = await store.applyDiscount(cart.id, code);
  if (!applied.ok && code !== offer.code) {
    code = offer.code;
    applied = await store.applyDiscount(cart.id, code);
  }
  if (!applied.ok) {
    await deps.cartOffers.release(offer.id);
    return refused(`coupon_rejected:${applied.code}`, "coupon_rejected", `${refusalMessages.coupon_rejected} (${applied.message})`);
  }

  const after = applied.value;
  const line = after.discounts.find((d) => sameCode(d.code, code));
  const stored = line?.amount.amount ?? 0;
  // A free-shipping coupon shows 0 in the cart until a rate is chosen at checkout.
  const amount = offer.kind === "free_shipping" ? Math.max(stored, decision.expectedDiscount) : line ? stored : decision.expectedDiscount;
  // The store's coupon rules can differ from the site config: re-check what it applied.
  const others = existingDiscount({ ...after, discounts: after.discounts.filter((d) => !sameCode(d.code, code)) }, context);
  if (others + amount > discountCap(site.maxDiscountPercent, after)) {
    const removed = await store.removeDiscount(cart.id, code);
    if (!removed.ok) console.error(`[policy] could not remove ${code} from cart ${cart.id}: ${removed.message}`);
    else await deps.cartOffers.release(offer.id);
    return refused(removed.ok ? "exceeds_max_discount" : "exceeds_max_discount:removal_failed", "exceeds_max_discount");
  }
  await deps.cartOffers.confirm(offer.id, amount);
  await ledger.recordOffer({ ...record, code, granted: true, amount, reason: "granted" });
  return {
    ok: true,
    granted: true,
    code,
    description: line?.description ?? describeOffer(offer.kind, offer.value),
    discount: { amount, currency: after.currency },
    cart: after,
  };
}

function describeOffer(kind: "percent" | "fixed" | "free_shipping", value: number): string {
  if (kind === "percent") return `${value}% off`;
  if (kind === "fixed") return "Fixed amount off";
  return "Free shipping";
}
