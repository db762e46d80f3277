import type { SiteConfig } from "../config/site-config.ts";
import type { Channel } from "../domain/session-state.ts";
import { timeZoneForCountry } from "./country-time-zones.ts";
import { deferPastQuietHours } from "./quiet-hours.ts";
import type { LedgerEntry, LedgerStatus } from "./send-ledger.ts";

/** Everything the schedule depends on; the Session Durable Object assembles it. */
export interface FollowUpFacts {
  /** From `abandonedAt()`; null when the cart is empty or ordered. */
  abandonedAt: number | null;
  orderPlaced: boolean;
  /** The shopper opted out (STOP on any channel, or unsubscribed). */
  optedOut: boolean;
  /** A human took over the conversation (session state `human`). */
  humanTookOver: boolean;
  consent: Record<Channel, boolean>;
  contact: { email?: string | null; phone?: string | null; country?: string | null };
  ledger: LedgerEntry[];
}

export type StopReason = "order_placed" | "opted_out" | "human_took_over" | "not_abandoned";
export type SkipReason = "no_consent" | "no_address" | "sms_limit" | "stale";

export type PlannedStep =
  | { stepIndex: number; channel: Channel; kind: "due"; dueAt: number }
  | { stepIndex: number; channel: Channel; kind: "scheduled"; dueAt: number }
  | { stepIndex: number; channel: Channel; kind: "skip"; dueAt: number; reason: SkipReason }
  | { stepIndex: number; channel: Channel; kind: "done"; status: LedgerStatus };

export interface FollowUpPlan {
  stopped: StopReason | null;
  steps: PlannedStep[];
  /** When the alarm should fire next; null when nothing is left to send. */
  wakeAt: number | null;
}

const minute = 60_000;
/** A step this late (the object was unreachable for a day) is not worth sending any more. */
const staleAfter = 24 * 60 * minute;

function stopReason(facts: FollowUpFacts): StopReason | null {
  if (facts.orderPlaced) return "order_placed";
  if (facts.optedOut) return "opted_out";
  if (facts.humanTookOver) return "human_took_over";
  if (facts.abandonedAt === null) return "not_abandoned";
  return null;
}

function hasAddress(channel: Channel, contact: FollowUpFacts["contact"]): boolean {
  return channel === "email" ? Boolean(contact.email) : Boolean(contact.phone);
}

/**
 * The follow-up schedule at `now`: which steps to send now, which wait (deferred past quiet hours
 * in the shopper's zone), which never go out and why. Pure: call it again whenever facts change.
 */
export function planFollowUps(followUp: SiteConfig["followUp"], facts: FollowUpFacts, now: number): FollowUpPlan {
  const stopped = stopReason(facts);
  const abandonedAt = facts.abandonedAt;
  if (stopped !== null || abandonedAt === null) return { stopped, steps: [], wakeAt: null };
  const zone = timeZoneForCountry(facts.contact.country);
  const recorded = new Map(facts.ledger.map((entry) => [entry.stepIndex, entry]));
  let smsTaken = facts.ledger.some((e) => e.channel === "sms" && (e.status === "sent" || e.status === "claimed"));
  let earliest = abandonedAt;
  const steps = followUp.steps.map((step, stepIndex): PlannedStep => {
    const { channel } = step;
    const entry = recorded.get(stepIndex);
    // Steps keep their order even when quiet hours push an earlier one later.
    const dueAt = Math.max(earliest, deferPastQuietHours(abandonedAt + step.delayMinutes * minute, followUp.quietHours, zone));
    earliest = dueAt;
    if (entry) return { stepIndex, channel, kind: "done", status: entry.status };
    const skip = (reason: SkipReason): PlannedStep => ({ stepIndex, channel, kind: "skip", dueAt, reason });
    if (followUp.requireConsent && !facts.consent[channel]) return skip("no_consent");
    if (!hasAddress(channel, facts.contact)) return skip("no_address");
    if (channel === "sms") {
      if (smsTaken) return skip("sms_limit");
      smsTaken = true;
    }
    if (dueAt > now) return { stepIndex, channel, kind: "scheduled", dueAt };
    if (now - dueAt > staleAfter) return skip("stale");
    return { stepIndex, channel, kind: "due", dueAt };
  });
  const waits = steps.flatMap((s) => (s.kind === "scheduled" ? [s.dueAt] : []));
  return { stopped: null, steps, wakeAt: waits.length > 0 ? Math.min(...waits) : null };
}
