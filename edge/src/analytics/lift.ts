import type { GroupOutcome, GroupStats, Interval, LiftComparison } from "./lift-schema.ts";

/**
 * Incremental lift maths, pure.
 *
 * - A proportion's 95% interval is Wilson's score interval (Wilson 1927), which behaves at 0 and n.
 * - The absolute lift (difference of two independent proportions, agent − holdout) uses
 *   Newcombe's hybrid score interval, "method 10" of Newcombe (1998), Statistics in Medicine
 *   17:873–890: it combines the two Wilson intervals and, unlike Wald, keeps its coverage with
 *   small counts and rates near 0 or 1, which is where recovery rates live.
 * - The relative lift (risk ratio − 1) uses the Katz log interval (Katz et al. 1978):
 *   ln(RR) ± z·sqrt(1/x1 − 1/n1 + 1/x2 − 1/n2). Undefined when either group has no recoveries.
 */

/** Two-sided 95%: the 0.975 quantile of the standard normal. */
export const z95 = 1.959963984540054;

export function wilson(x: number, n: number, z = z95): Interval | null {
  if (n <= 0 || x < 0 || x > n) return null;
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n);
  const denominator = 1 + z2 / n;
  return { estimate: p, lower: Math.max(0, (centre - spread) / denominator), upper: Math.min(1, (centre + spread) / denominator) };
}

/** p1 − p2 with Newcombe's hybrid score interval (method 10). */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z = z95): Interval | null {
  const a = wilson(x1, n1, z);
  const b = wilson(x2, n2, z);
  if (a === null || b === null) return null;
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    lower: d - Math.sqrt((a.estimate - a.lower) ** 2 + (b.upper - b.estimate) ** 2),
    upper: d + Math.sqrt((a.upper - a.estimate) ** 2 + (b.estimate - b.lower) ** 2),
  };
}

/** p1 / p2 with the Katz log interval; null when a rate is 0 (the ratio or its log is undefined). */
export function katzRatio(x1: number, n1: number, x2: number, n2: number, z = z95): Interval | null {
  if (n1 <= 0 || n2 <= 0 || x1 <= 0 || x2 <= 0 || x1 > n1 || x2 > n2) return null;
  const ratio = x1 / n1 / (x2 / n2);
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
  return { estimate: ratio, lower: Math.exp(Math.log(ratio) - z * se), upper: Math.exp(Math.log(ratio) + z * se) };
}

const per1000 = (g: GroupOutcome): number | null => (g.abandoned > 0 ? Math.round((g.revenue / g.abandoned) * 1000) : null);

function stats(g: GroupOutcome): GroupStats {
  return { ...g, rate: wilson(g.recovered, g.abandoned), revenuePer1000: per1000(g) };
}

export function compareGroups(agent: GroupOutcome, holdout: GroupOutcome): LiftComparison {
  const absoluteLift = newcombeDifference(agent.recovered, agent.abandoned, holdout.recovered, holdout.abandoned);
  const ratio = katzRatio(agent.recovered, agent.abandoned, holdout.recovered, holdout.abandoned);
  const a = per1000(agent);
  const h = per1000(holdout);
  return {
    agent: stats(agent),
    holdout: stats(holdout),
    absoluteLift,
    relativeLift: ratio && { estimate: ratio.estimate - 1, lower: ratio.lower - 1, upper: ratio.upper - 1 },
    incrementalRevenuePer1000: a !== null && h !== null ? a - h : null,
    significant: absoluteLift !== null && (absoluteLift.lower > 0 || absoluteLift.upper < 0),
  };
}

/** Share of conversations closed without a human handover; null when there were none. */
export function resolutionRate(conversations: number, handedOver: number): number | null {
  return conversations > 0 ? (conversations - handedOver) / conversations : null;
}
