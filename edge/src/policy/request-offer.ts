import type { SiteConfig } from "../config/site-config.ts";
import type { TurnLedger } from "../agent/turn-ledger.ts";
import type { Objection } from "../domain/objection.ts";
import type { Group } from "../domain/session-state.ts";
import type { Failure, StoreAdapter } from "../store/store-adapter.ts";
import type { Cart, Money } from "../store/store-schemas.ts";
import { discountCap, existingDiscount } from "./compute-offer-discount.ts";
import { decideOffer } from "./decide-offer.ts";
import { loadDiscountContext } from "./offer-context.ts";
import { refusalMessages, type RefusalReason } from "./offer-decision.ts";

export type OfferOutcome =
  | { ok: true; granted: true; code: string; description: string; discount: Money; cart: Cart }
  | { ok: true; granted: false; reason: RefusalReason; message: string }
  | Failure;

export interface OfferDeps {
  site: SiteConfig;
  group: Group;
  cartId: string;
  store: StoreAdapter;
  ledger: TurnLedger;
}

/**
 * The only path that applies a discount: decide with the policy engine, apply the coupon in the
 * store, re-check the cart it returns (removing a coupon the store over-applied), and record
 * every decision with its reason. Requests in one session never interleave.
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
  const context = await loadDiscountContext(store, cart, candidates);
  const decision = decideOffer({ ...context, site, group: deps.group, cart, ledger, objection });
  const record = { objection, at: Date.now(), offerId: decision.offer?.id ?? null, code: decision.offer?.code ?? null };

  if (decision.decision === "refuse") {
    await ledger.recordOffer({ ...record, granted: false, amount: 0, reason: decision.reason });
    return { ok: true, granted: false, reason: decision.reason, message: decision.message };
  }

  const applied = await store.applyDiscount(cart.id, decision.offer.code);
  if (!applied.ok) {
    await ledger.recordOffer({ ...record, granted: false, amount: 0, reason: `coupon_rejected:${applied.code}` });
    return { ok: true, granted: false, reason: "coupon_rejected", message: `${refusalMessages.coupon_rejected} (${applied.message})` };
  }

  const after = applied.value;
  const line = after.discounts.find((d) => d.code.toLowerCase() === decision.offer.code.toLowerCase());
  const stored = line?.amount.amount ?? 0;
  // A free-shipping coupon shows 0 in the cart until a rate is chosen at checkout.
  const amount = decision.offer.kind === "free_shipping" ? Math.max(stored, decision.expectedDiscount) : line ? stored : decision.expectedDiscount;
  // The store's coupon rules can differ from the site config: re-check what it applied.
  if (existingDiscount(after) - stored + amount > discountCap(site.maxDiscountPercent, after)) {
    const removed = await store.removeDiscount(cart.id, decision.offer.code);
    const reason = removed.ok ? "exceeds_max_discount" : "exceeds_max_discount:removal_failed";
    if (!removed.ok) console.error(`[policy] could not remove ${decision.offer.code} from cart ${cart.id}: ${removed.message}`);
    await ledger.recordOffer({ ...record, granted: false, amount: 0, reason });
    return { ok: true, granted: false, reason: "exceeds_max_discount", message: refusalMessages.exceeds_max_discount };
  }
  await ledger.recordOffer({ ...record, granted: true, amount, reason: "granted" });
  return {
    ok: true,
    granted: true,
    code: decision.offer.code,
    description: line?.description ?? describeOffer(decision.offer.kind, decision.offer.value),
    discount: { amount, currency: after.currency },
    cart: after,
  };
}

function describeOffer(kind: "percent" | "fixed" | "free_shipping", value: number): string {
  if (kind === "percent") return `${value}% off`;
  if (kind === "fixed") return "Fixed amount off";
  return "Free shipping";
}
