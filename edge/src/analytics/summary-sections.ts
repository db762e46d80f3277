import { objectionCodes, type Objection } from "../domain/objection.ts";
import { ConversationChannel } from "./events.ts";
import { compareGroups, resolutionRate } from "./lift.ts";
import type { LiftComparison } from "./lift-schema.ts";
import type { SessionOutcome } from "./session-outcomes.ts";
import type { ChannelRow, DayPoint, FunnelStep, Kpis, ObjectionRow } from "./summary-schema.ts";

/** The summary's sections, pure functions of the cohort's session outcomes. */

const assisted = (o: SessionOutcome) => o.orders.filter((a) => a.attributed !== "none");
const intervened = (o: SessionOutcome) => o.session.touches.some((t) => t.type === "intervention" || t.type === "conversation_started");
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function comparisonOf(outcomes: readonly SessionOutcome[]): LiftComparison {
  const group = (g: "agent" | "holdout") => {
    const abandoned = outcomes.filter((o) => o.session.group === g && o.abandoned);
    const recovered = abandoned.flatMap((o) => (o.recoveredBy ? [o.recoveredBy] : []));
    return { abandoned: abandoned.length, recovered: recovered.length, revenue: sum(recovered.map((r) => r.totalAmount)) };
  };
  return compareGroups(group("agent"), group("holdout"));
}

export function kpisOf(outcomes: readonly SessionOutcome[], comparison: LiftComparison, currency: string): Kpis {
  const orders = outcomes.flatMap(assisted);
  const recoveredSessions = outcomes.filter((o) => assisted(o).length > 0);
  const revenue = sum(orders.map((a) => a.order.totalAmount));
  const conversations = sum(outcomes.map((o) => o.session.conversations));
  const handedOver = outcomes.filter((o) => o.session.conversations > 0 && o.session.handovers > 0).length;
  const conversed = outcomes.filter((o) => o.session.conversations > 0).length;
  const money = (amount: number) => ({ amount, currency });
  return {
    sessions: outcomes.length,
    abandonedCarts: outcomes.filter((o) => o.abandoned).length,
    cartsWithIntervention: outcomes.filter(intervened).length,
    conversations,
    recoveredCarts: recoveredSessions.length,
    inSessionRecoveries: orders.filter((a) => a.attributed === "in_session").length,
    followUpRecoveries: orders.filter((a) => a.attributed === "follow_up").length,
    recoveredRevenue: money(revenue),
    recoveryRate: comparison.agent.rate?.estimate ?? null,
    discountSpend: money(sum(orders.map((a) => a.discount))),
    averageOrderValue: orders.length > 0 ? money(Math.round(revenue / orders.length)) : null,
    aiResolutionRate: resolutionRate(conversed, handedOver),
  };
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One point per UTC day of [from, to), zeros included, so the chart's x axis is honest. */
export function timeSeriesOf(outcomes: readonly SessionOutcome[], from: number, to: number): DayPoint[] {
  const days = new Map<string, DayPoint>();
  for (let t = Date.parse(dayOf(from)); t < to; t += 86_400_000) {
    const date = dayOf(t);
    days.set(date, { date, sessions: 0, abandoned: 0, interventions: 0, conversations: 0, recovered: 0, revenue: 0 });
  }
  for (const o of outcomes) {
    const point = days.get(dayOf(o.session.createdAt));
    if (!point) continue;
    const orders = assisted(o);
    point.sessions += 1;
    point.abandoned += o.abandoned ? 1 : 0;
    point.interventions += intervened(o) ? 1 : 0;
    point.conversations += o.session.conversations;
    point.recovered += orders.length > 0 ? 1 : 0;
    point.revenue += sum(orders.map((a) => a.order.totalAmount));
  }
  return [...days.values()];
}

export function funnelOf(outcomes: readonly SessionOutcome[]): FunnelStep[] {
  const agent = outcomes.filter((o) => o.session.group === "agent");
  return [
    { step: "sessions", count: agent.length },
    { step: "abandoned", count: agent.filter((o) => o.abandoned).length },
    { step: "intervened", count: agent.filter(intervened).length },
    { step: "conversation", count: agent.filter((o) => o.session.conversations > 0).length },
    { step: "checkout_link", count: agent.filter((o) => o.session.checkoutClicks > 0).length },
    { step: "recovered", count: agent.filter((o) => assisted(o).length > 0).length },
  ];
}

/** Ranked by the number of sessions that raised the objection. */
export function objectionsOf(outcomes: readonly SessionOutcome[], mentions: readonly { session_id: string; code: Objection; mentions: number }[]): ObjectionRow[] {
  const recovered = new Set(outcomes.filter((o) => assisted(o).length > 0).map((o) => o.session.sessionId));
  return objectionCodes
    .map((code) => {
      const rows = mentions.filter((m) => m.code === code);
      const won = rows.filter((m) => recovered.has(m.session_id)).length;
      return { code, mentions: sum(rows.map((m) => m.mentions)), sessions: rows.length, recovered: won, recoveryRate: rows.length > 0 ? won / rows.length : null };
    })
    .filter((row) => row.sessions > 0)
    .sort((a, b) => b.sessions - a.sessions || b.mentions - a.mentions);
}

export function channelsOf(
  outcomes: readonly SessionOutcome[],
  counts: readonly { type: string; channel: ConversationChannel; role: string | null; n: number }[],
): ChannelRow[] {
  const orders = outcomes.flatMap(assisted);
  const count = (channel: string, type: string, role: string | null = null) =>
    sum(counts.filter((c) => c.channel === channel && c.type === type && (role === null || c.role === role)).map((c) => c.n));
  return ConversationChannel.options.map((channel) => {
    const won = orders.filter((a) => a.channel === channel);
    return {
      channel,
      conversations: count(channel, "conversation_started"),
      followupsSent: count(channel, "followup_sent"),
      messagesIn: count(channel, "message", "user"),
      messagesOut: count(channel, "message", "assistant"),
      recovered: won.length,
      revenue: sum(won.map((a) => a.order.totalAmount)),
    };
  });
}
