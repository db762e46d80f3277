import { z } from "zod";
import type { Range } from "./summary-queries.ts";

const dayMs = 86_400_000;
export const maxRangeDays = 400;

/** A date (whole UTC day) or a date-time with offset; `end` turns a date into the next midnight. */
const instant = (end: boolean) =>
  z.union([
    z.iso.date().transform((d) => Date.parse(`${d}T00:00:00Z`) + (end ? dayMs : 0)),
    z.iso.datetime({ offset: true }).transform((d) => Date.parse(d)),
  ]);

/**
 * `?siteId=&from=&to=` of the summary and the dashboard. `to` defaults to now and `from` to 30
 * days before it; a date-only `to` includes that whole day.
 */
export const SummaryQuery = z
  .object({
    siteId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "a site id: lowercase letters, digits and dashes"),
    from: instant(false).optional(),
    to: instant(true).optional(),
  })
  .transform((q, ctx): Range => {
    const to = q.to ?? Date.now();
    const from = q.from ?? to - 30 * dayMs;
    if (from >= to) ctx.addIssue({ code: "custom", path: ["from"], message: "`from` must be before `to`" });
    if (to - from > maxRangeDays * dayMs) ctx.addIssue({ code: "custom", path: ["from"], message: `the range may span at most ${maxRangeDays} days` });
    return { siteId: q.siteId, from, to };
  });
