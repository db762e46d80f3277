import { z } from "zod";
import { Objection } from "../domain/objection.ts";
import { Group } from "../domain/session-state.ts";
import { Money } from "../store/store-schemas.ts";
import { Attribution, ConversationChannel } from "./events.ts";
import { LiftComparison } from "./lift-schema.ts";

/**
 * GET /v1/analytics/summary. Cohort view: everything counts for the sessions created in
 * [from, to), with their orders however late they arrived (within each session's window).
 * Money amounts are minor units of `currency`; rates are proportions 0..1.
 */

export const Kpis = z.object({
  sessions: z.number().int(),
  /** Sessions with an abandonment signal before any order, both groups. */
  abandonedCarts: z.number().int(),
  cartsWithIntervention: z.number().int(),
  conversations: z.number().int(),
  /** Sessions with an AI-assisted order (attributed in_session or follow_up). */
  recoveredCarts: z.number().int(),
  inSessionRecoveries: z.number().int(),
  followUpRecoveries: z.number().int(),
  recoveredRevenue: Money,
  /** Share of abandoned agent-group carts ordered within the window (as in `comparison`). */
  recoveryRate: z.number().nullable(),
  /** Cost of the discount codes the agent granted, on AI-assisted orders. */
  discountSpend: Money,
  averageOrderValue: Money.nullable(),
  /** Conversations closed without a human handover. */
  aiResolutionRate: z.number().nullable(),
});
export type Kpis = z.infer<typeof Kpis>;

export const DayPoint = z.object({
  date: z.iso.date(),
  sessions: z.number().int(),
  abandoned: z.number().int(),
  interventions: z.number().int(),
  conversations: z.number().int(),
  recovered: z.number().int(),
  revenue: z.number().int(),
});
export type DayPoint = z.infer<typeof DayPoint>;

export const FunnelStep = z.object({
  step: z.enum(["sessions", "abandoned", "intervened", "conversation", "checkout_link", "recovered"]),
  count: z.number().int(),
});
export type FunnelStep = z.infer<typeof FunnelStep>;

export const ObjectionRow = z.object({
  code: Objection,
  mentions: z.number().int(),
  sessions: z.number().int(),
  recovered: z.number().int(),
  recoveryRate: z.number().nullable(),
});
export type ObjectionRow = z.infer<typeof ObjectionRow>;

export const ChannelRow = z.object({
  channel: ConversationChannel,
  conversations: z.number().int(),
  followupsSent: z.number().int(),
  messagesIn: z.number().int(),
  messagesOut: z.number().int(),
  recovered: z.number().int(),
  revenue: z.number().int(),
});
export type ChannelRow = z.infer<typeof ChannelRow>;

export const Offers = z.object({
  granted: z.number().int(),
  refused: z.number().int(),
  refusalReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  /** Orders whose discounts went over the site's cap, re-checked when the order arrived. */
  overCap: z.array(z.object({ orderId: z.string(), cartId: z.string(), percent: z.number() })),
});

export const TranscriptMessage = z.object({ role: z.enum(["user", "assistant"]), channel: ConversationChannel, text: z.string(), at: z.number().int() });

export const RecentConversation = z.object({
  sessionId: z.string(),
  group: Group,
  startedAt: z.number().int(),
  objections: z.array(Objection),
  outcome: Attribution.or(z.literal("open")),
  orderTotal: z.number().int().nullable(),
  handedOver: z.boolean(),
  messages: z.array(TranscriptMessage),
});
export type RecentConversation = z.infer<typeof RecentConversation>;

export const Summary = z.object({
  siteId: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  currency: z.string(),
  /** Orders in another currency than `currency`, left out of every money figure. */
  otherCurrencyOrders: z.number().int(),
  kpis: Kpis,
  comparison: LiftComparison,
  timeSeries: z.array(DayPoint),
  /** Agent-group sessions only: holdout sessions never see the assistant. */
  funnel: z.array(FunnelStep),
  objections: z.array(ObjectionRow),
  channels: z.array(ChannelRow),
  offers: Offers,
  recentConversations: z.array(RecentConversation),
});
export type Summary = z.infer<typeof Summary>;
