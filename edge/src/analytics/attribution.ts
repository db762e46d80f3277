import type { Group } from "../domain/session-state.ts";
import type { Attribution, ConversationChannel } from "./events.ts";
import type { OrderDiscount } from "./order-webhook.ts";

/**
 * Attribution, pure. Everything is decided from event timestamps, never from arrival order, so
 * an order delivered before some of its session's events attributes the same once they arrive.
 */

const hourMs = 3_600_000;

/** The touches that make an order AI-assisted: the agent showed up, talked, or followed up. */
export type TouchType = "intervention" | "conversation_started" | "followup_sent";

export interface SessionFacts {
  sessionId: string;
  group: Group;
  createdAt: number;
  windowHours: number;
  /** First abandonment signal (exit intent, idle, tab hidden, page close), if any. */
  firstAbandonAt: number | null;
  touches: { type: TouchType; at: number; channel: ConversationChannel | null }[];
  /** Discount codes the policy engine granted in this session. */
  grantedCodes: string[];
}

export interface OrderFacts {
  orderId: string;
  cartId: string;
  sessionHint: string | null;
  totalAmount: number;
  /** Null when the platform's webhook did not say. */
  subtotalAmount: number | null;
  currency: string;
  discounts: OrderDiscount[];
  placedAt: number;
}

/**
 * The session an order belongs to: the one named by the checkout link, else the latest session
 * of the cart started before the order, else (clock skew) the cart's earliest session.
 */
export function pickSession<S extends { sessionId: string; createdAt: number }>(order: OrderFacts, sessions: readonly S[]): S | null {
  const hinted = sessions.find((s) => s.sessionId === order.sessionHint);
  if (hinted) return hinted;
  const sorted = [...sessions].sort((a, b) => a.createdAt - b.createdAt);
  const before = sorted.filter((s) => s.createdAt <= order.placedAt);
  return before.at(-1) ?? sorted[0] ?? null;
}

/**
 * AI-assisted when the order was placed within the session's attribution window after a touch;
 * a follow-up recovery when a follow-up was among those touches, else an in-session recovery.
 */
export function attributeOrder(order: OrderFacts, session: SessionFacts | null): Attribution {
  if (session === null || session.group === "holdout") return "none";
  const windowMs = session.windowHours * hourMs;
  const inWindow = session.touches.filter((t) => t.at <= order.placedAt && order.placedAt - t.at <= windowMs);
  if (inWindow.length === 0) return "none";
  return inWindow.some((t) => t.type === "followup_sent") ? "follow_up" : "in_session";
}

/** The channel credited with an attributed order: the last follow-up's, else the widget. */
export function recoveryChannel(order: OrderFacts, session: SessionFacts): ConversationChannel {
  const windowMs = session.windowHours * hourMs;
  const followUps = session.touches
    .filter((t) => t.type === "followup_sent" && t.at <= order.placedAt && order.placedAt - t.at <= windowMs)
    .sort((a, b) => a.at - b.at);
  return followUps.at(-1)?.channel ?? "widget";
}

/** What the agent's discounts cost the merchant on this order: lines whose code it granted. */
export function discountCost(order: OrderFacts, session: SessionFacts | null): number {
  if (session === null) return 0;
  const granted = new Set(session.grantedCodes.map((c) => c.toUpperCase()));
  return order.discounts
    .filter((d) => granted.has(d.code.toUpperCase()) && d.amount.currency === order.currency)
    .reduce((sum, d) => sum + d.amount.amount, 0);
}

/**
 * The cart was abandoned when an abandonment signal came before any order; it was recovered when
 * an order followed within the attribution window. Measured identically in both groups, so the
 * agent-vs-holdout comparison is fair.
 */
export function abandonmentOutcome(session: SessionFacts, orders: readonly OrderFacts[]): { abandoned: boolean; recoveredBy: OrderFacts | null } {
  const abandonAt = session.firstAbandonAt;
  if (abandonAt === null) return { abandoned: false, recoveredBy: null };
  const sorted = [...orders].sort((a, b) => a.placedAt - b.placedAt);
  if (sorted.some((o) => o.placedAt < abandonAt)) return { abandoned: false, recoveredBy: null };
  const windowMs = session.windowHours * hourMs;
  const recoveredBy = sorted.find((o) => o.placedAt - abandonAt <= windowMs) ?? null;
  return { abandoned: true, recoveredBy };
}
