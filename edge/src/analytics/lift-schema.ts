import { z } from "zod";

/** Shapes of the lift maths' results (lift.ts), shared by the summary JSON and its readers. */

export const Interval = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });
export type Interval = z.infer<typeof Interval>;

export const GroupOutcome = z.object({
  /** Carts abandoned (an abandonment signal before any order). */
  abandoned: z.number().int(),
  /** Abandoned carts with an order within the attribution window. */
  recovered: z.number().int(),
  /** Revenue of those orders, minor units. */
  revenue: z.number().int(),
});
export type GroupOutcome = z.infer<typeof GroupOutcome>;

export const GroupStats = GroupOutcome.extend({
  rate: Interval.nullable(),
  /** Recovered revenue per 1,000 abandoned carts, minor units. */
  revenuePer1000: z.number().int().nullable(),
});
export type GroupStats = z.infer<typeof GroupStats>;

export const LiftComparison = z.object({
  agent: GroupStats,
  holdout: GroupStats,
  /** Agent rate − holdout rate, in proportion points, with Newcombe's 95% interval. */
  absoluteLift: Interval.nullable(),
  /** Agent rate / holdout rate − 1, with the Katz 95% interval. */
  relativeLift: Interval.nullable(),
  /** Recovered revenue per 1,000 abandoned carts, agent − holdout (minor units). */
  incrementalRevenuePer1000: z.number().int().nullable(),
  /** True when the absolute interval excludes 0. */
  significant: z.boolean(),
});
export type LiftComparison = z.infer<typeof LiftComparison>;
