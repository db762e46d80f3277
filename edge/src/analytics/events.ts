import { z } from "zod";
import { Objection } from "../domain/objection.ts";
import { Channel, Group, SignalType } from "../domain/session-state.ts";
import { Money } from "../store/store-schemas.ts";

/**
 * The analytics event model: one row per thing that happened in a session, stored in D1 by
 * recordEvent. `at` is epoch milliseconds of when it happened (not when it arrived), so
 * attribution is correct whatever order the events are delivered in. `id` makes a retried
 * write idempotent; recordEvent generates one when the caller has none.
 */
const base = {
  id: z.string().min(1).max(128).optional(),
  siteId: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(128),
  at: z.number().int().nonnegative(),
};

/** Where a conversation or message happens: the in-page widget or a follow-up channel. */
export const ConversationChannel = z.enum(["widget", ...Channel.options]);
export type ConversationChannel = z.infer<typeof ConversationChannel>;

export const SessionStartedEvent = z.object({
  ...base,
  type: z.literal("session_started"),
  cartId: z.string().min(1).max(128),
  group: Group,
  /** The site's attributionWindowHours when the session was created. */
  attributionWindowHours: z.number().positive().max(24 * 90),
});

export const SignalEvent = z.object({ ...base, type: z.literal("signal"), signal: SignalType });

/** A proactive open of the assistant, and what triggered it. */
export const InterventionEvent = z.object({ ...base, type: z.literal("intervention"), trigger: z.string().min(1).max(64) });

export const ConversationStartedEvent = z.object({
  ...base,
  type: z.literal("conversation_started"),
  channel: ConversationChannel.default("widget"),
});

export const MessageEvent = z.object({
  ...base,
  type: z.literal("message"),
  role: z.enum(["user", "assistant"]),
  channel: ConversationChannel.default("widget"),
  /** Transcript text for the dashboard; longer messages are cut. */
  text: z.string().transform((s) => s.slice(0, 4000)),
});

export const ObjectionEvent = z.object({ ...base, type: z.literal("objection"), code: Objection });

/** A policy decision: granted (with the code and its value) or refused, and why. */
export const OfferEvent = z.object({
  ...base,
  type: z.literal("offer"),
  outcome: z.enum(["granted", "refused"]),
  reason: z.string().min(1).max(200),
  objection: Objection.optional(),
  code: z.string().max(64).optional(),
  amount: Money.optional(),
});

export const FollowupSentEvent = z.object({
  ...base,
  type: z.literal("followup_sent"),
  channel: Channel,
  step: z.number().int().nonnegative(),
});

export const CheckoutLinkClickedEvent = z.object({ ...base, type: z.literal("checkout_link_clicked") });

/** The conversation was handed to a human; it no longer counts as resolved by the AI. */
export const HandoverEvent = z.object({ ...base, type: z.literal("handover"), reason: z.string().max(200).default("") });

export const AnalyticsEvent = z.discriminatedUnion("type", [
  SessionStartedEvent,
  SignalEvent,
  InterventionEvent,
  ConversationStartedEvent,
  MessageEvent,
  ObjectionEvent,
  OfferEvent,
  FollowupSentEvent,
  CheckoutLinkClickedEvent,
  HandoverEvent,
]);
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>;
export type AnalyticsEventInput = z.input<typeof AnalyticsEvent>;
export type SessionStartedEvent = z.infer<typeof SessionStartedEvent>;

/** Signals that mark a cart as abandoned (at risk), in both groups alike. */
export const abandonmentSignals = ["exit_intent", "idle", "tab_hidden", "page_close"] as const satisfies readonly SignalType[];

/** How an order came about: recovered in the session, by a follow-up, or not by the agent. */
export const Attribution = z.enum(["in_session", "follow_up", "none"]);
export type Attribution = z.infer<typeof Attribution>;

/** An order as analytics sees it: stored once per orderId, attribution derived from events. */
export const OrderEvent = z.object({
  type: z.literal("order"),
  orderId: z.string(),
  cartId: z.string(),
  siteId: z.string().nullable(),
  sessionId: z.string().nullable(),
  total: Money,
  /** Discount cost to the merchant of codes the agent granted in this session. */
  discount: Money,
  placedAt: z.number().int(),
  attributed: Attribution,
});
export type OrderEvent = z.infer<typeof OrderEvent>;
