import type { Objection } from "../domain/objection.ts";
import { ordersOverCap } from "./discount-audit.ts";
import { ordersForCartsOfRange } from "./order-store.ts";
import { ensureAnalyticsSchema } from "./schema.ts";
import { digestsForCartsOfRange } from "./session-digests.ts";
import { reportingCurrency, sessionOutcomes, type SessionOutcome } from "./session-outcomes.ts";
import { channelCounts, objectionMentions, offerDecisions, recentTranscripts, type Range } from "./summary-queries.ts";
import { channelsOf, comparisonOf, funnelOf, kpisOf, objectionsOf, timeSeriesOf } from "./summary-sections.ts";
import type { RecentConversation, Summary } from "./summary-schema.ts";

/** Used when a site has no orders yet; the demo store and most tests sell in EUR. */
const defaultCurrency = "EUR";

function recentOf(
  transcripts: Awaited<ReturnType<typeof recentTranscripts>>,
  outcomes: readonly SessionOutcome[],
  mentions: readonly { session_id: string; code: Objection }[],
): RecentConversation[] {
  const byId = new Map(outcomes.map((o) => [o.session.sessionId, o]));
  return transcripts.flatMap((t) => {
    const outcome = byId.get(t.sessionId);
    if (!outcome) return [];
    const order = outcome.orders[0];
    return [
      {
        ...t,
        group: outcome.session.group,
        objections: mentions.filter((m) => m.session_id === t.sessionId).map((m) => m.code),
        outcome: order?.attributed ?? "open",
        orderTotal: order?.order.totalAmount ?? null,
        handedOver: outcome.session.handovers > 0,
      },
    ];
  });
}

/** The metrics JSON for the sessions of `siteId` created in [from, to) (epoch ms). */
export async function getSummary(db: D1Database, r: Range, maxDiscountPercent = 100): Promise<Summary> {
  await ensureAnalyticsSchema(db);
  const [digests, allOrders, mentions, counts, offers, transcripts] = await Promise.all([
    digestsForCartsOfRange(db, r.siteId, r.from, r.to),
    ordersForCartsOfRange(db, r.siteId, r.from, r.to),
    objectionMentions(db, r),
    channelCounts(db, r),
    offerDecisions(db, r),
    recentTranscripts(db, r, 10, 40),
  ]);
  const currency = reportingCurrency(allOrders, defaultCurrency);
  const orders = allOrders.filter((o) => o.currency === currency);
  const outcomes = sessionOutcomes(digests, orders, (s) => s.siteId === r.siteId && s.createdAt >= r.from && s.createdAt < r.to);
  const comparison = comparisonOf(outcomes);
  return {
    siteId: r.siteId,
    from: new Date(r.from).toISOString(),
    to: new Date(r.to).toISOString(),
    currency,
    otherCurrencyOrders: allOrders.length - orders.length,
    kpis: kpisOf(outcomes, comparison, currency),
    comparison,
    timeSeries: timeSeriesOf(outcomes, r.from, r.to),
    funnel: funnelOf(outcomes),
    objections: objectionsOf(outcomes, mentions),
    channels: channelsOf(outcomes, counts),
    offers: {
      granted: offers.filter((o) => o.outcome === "granted").reduce((n, o) => n + o.n, 0),
      refused: offers.filter((o) => o.outcome === "refused").reduce((n, o) => n + o.n, 0),
      refusalReasons: offers.filter((o) => o.outcome === "refused").map((o) => ({ reason: o.reason, count: o.n })),
      overCap: ordersOverCap(allOrders, maxDiscountPercent),
    },
    recentConversations: recentOf(transcripts, outcomes, mentions),
  };
}
