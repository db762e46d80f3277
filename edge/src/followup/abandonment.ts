import type { SiteConfig } from "../config/site-config.ts";

/** What the session knows about the shopper's activity, kept by the Session Durable Object. */
export interface ActivityFacts {
  cartItemCount: number;
  orderPlaced: boolean;
  /** Last signal, chat message or cart change (epoch ms). */
  lastActivityAt: number;
  /** When the tab went hidden or the page closed; null while it is visible. */
  awaySince: number | null;
}

export type AbandonmentTimings = Pick<SiteConfig["followUp"], "graceMinutes" | "inactivityMinutes">;

const minute = 60_000;

/**
 * The instant the cart counts as abandoned: the tab stayed away past the grace period, or nothing
 * happened for `inactivityMinutes`, whichever comes first. Null when there is nothing to recover
 * (empty cart or order placed). It may lie in the future: the Durable Object sets its alarm there.
 */
export function abandonedAt(facts: ActivityFacts, timings: AbandonmentTimings): number | null {
  if (facts.orderPlaced || facts.cartItemCount <= 0) return null;
  const idle = facts.lastActivityAt + timings.inactivityMinutes * minute;
  if (facts.awaySince === null) return idle;
  return Math.min(idle, facts.awaySince + timings.graceMinutes * minute);
}

export function isAbandoned(facts: ActivityFacts, timings: AbandonmentTimings, now: number): boolean {
  const at = abandonedAt(facts, timings);
  return at !== null && at <= now;
}
