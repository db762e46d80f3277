import type { Attribution, ConversationChannel } from "./events.ts";
import { abandonmentOutcome, attributeOrder, discountCost, pickSession, recoveryChannel, type OrderFacts } from "./attribution.ts";
import type { SessionDigest } from "./session-digests.ts";

export interface AttributedOrder {
  order: OrderFacts;
  attributed: Attribution;
  discount: number;
  channel: ConversationChannel | null;
}

/** One cohort session with its orders attributed and its abandonment outcome. */
export interface SessionOutcome {
  session: SessionDigest;
  orders: AttributedOrder[];
  abandoned: boolean;
  recoveredBy: OrderFacts | null;
}

/** The currency most orders are in; the site's reporting currency. */
export function reportingCurrency(orders: readonly OrderFacts[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const o of orders) counts.set(o.currency, (counts.get(o.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

/**
 * Assigns each order to its session among all sessions of its cart, then attributes it.
 * `digests` holds every session of the cohort's carts; only those `inCohort` are returned.
 */
export function sessionOutcomes(digests: readonly SessionDigest[], orders: readonly OrderFacts[], inCohort: (s: SessionDigest) => boolean): SessionOutcome[] {
  const byCart = new Map<string, SessionDigest[]>();
  for (const d of digests) byCart.set(d.cartId, [...(byCart.get(d.cartId) ?? []), d]);
  const ordersBySession = new Map<string, OrderFacts[]>();
  for (const order of orders) {
    const session = pickSession(order, byCart.get(order.cartId) ?? []);
    if (session) ordersBySession.set(session.sessionId, [...(ordersBySession.get(session.sessionId) ?? []), order]);
  }
  return digests.filter(inCohort).map((session) => {
    const own = ordersBySession.get(session.sessionId) ?? [];
    const attributed = own.map((order) => {
      const attribution = attributeOrder(order, session);
      return {
        order,
        attributed: attribution,
        discount: attribution === "none" ? 0 : discountCost(order, session),
        channel: attribution === "none" ? null : recoveryChannel(order, session),
      };
    });
    return { session, orders: attributed, ...abandonmentOutcome(session, own) };
  });
}
