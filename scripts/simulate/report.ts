import type { Summary } from "../../edge/src/analytics/summary-schema.ts";
import { compareGroups } from "../../edge/src/analytics/lift.ts";
import { formatMoney, formatPointsInterval, formatRate, formatRelativeInterval } from "../../edge/src/dashboard/format.ts";
import type { Outcome } from "./journey.ts";
import { strategyNames, type StrategyId } from "./strategies.ts";
import { table } from "./table.ts";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Agent vs holdout for one strategy, from what the simulator saw: every shopper abandoned. */
export function comparisonOf(outcomes: Outcome[]) {
  const group = (g: "agent" | "holdout") => {
    const all = outcomes.filter((o) => o.group === g);
    const bought = all.filter((o) => o.bought);
    return { abandoned: all.length, recovered: bought.length, revenue: sum(bought.map((o) => o.revenue)) };
  };
  return compareGroups(group("agent"), group("holdout"));
}

export function agentVsHoldout(outcomes: Outcome[], currency: string): string {
  const c = comparisonOf(outcomes);
  const row = (name: string, g: typeof c.agent) => [
    name,
    String(g.abandoned),
    String(g.recovered),
    formatRate(g.rate?.estimate),
    g.rate ? `${formatRate(g.rate.lower)} to ${formatRate(g.rate.upper)}` : "–",
    g.revenuePer1000 === null ? "–" : formatMoney(g.revenuePer1000, currency),
  ];
  return [
    table(["group", "carts", "recovered", "rate", "95% CI", "revenue / 1,000 carts"], [row("agent", c.agent), row("holdout", c.holdout)]),
    `absolute lift ${formatPointsInterval(c.absoluteLift)}`,
    `relative lift ${formatRelativeInterval(c.relativeLift)}`,
    c.significant ? "the interval excludes zero: a significant effect" : "the interval includes zero: no significant effect at this sample size",
  ].join("\n");
}

export function strategyTable(byStrategy: Map<StrategyId, Outcome[]>, currency: string): string {
  const rows = [...byStrategy].map(([id, outcomes]) => {
    const c = comparisonOf(outcomes);
    const agent = outcomes.filter((o) => o.group === "agent" && o.bought);
    return [
      strategyNames[id],
      `${c.agent.abandoned}/${c.holdout.abandoned}`,
      formatRate(c.agent.rate?.estimate),
      formatRate(c.holdout.rate?.estimate),
      formatPointsInterval(c.absoluteLift),
      formatMoney(sum(agent.map((o) => o.revenue)), currency),
      formatMoney(sum(agent.map((o) => o.discount)), currency),
      c.incrementalRevenuePer1000 === null ? "–" : formatMoney(c.incrementalRevenuePer1000, currency),
    ];
  });
  return table(
    ["strategy", "agent/holdout", "agent rate", "holdout rate", "absolute lift", "recovered revenue", "discount spend", "incremental / 1,000 carts"],
    rows,
  );
}

/** What the edge measured (GET /v1/analytics/summary): the dashboard's figures for each site. */
export function summaryTable(summaries: [StrategyId, string, Summary | Error][]): string {
  const rows = summaries.map(([id, siteId, s]) =>
    s instanceof Error
      ? [strategyNames[id], siteId, `unavailable: ${s.message.slice(0, 80)}`, "", "", "", ""]
      : [
          strategyNames[id],
          siteId,
          `${s.comparison.agent.recovered}/${s.comparison.agent.abandoned}`,
          `${s.comparison.holdout.recovered}/${s.comparison.holdout.abandoned}`,
          formatPointsInterval(s.comparison.absoluteLift),
          formatMoney(s.kpis.recoveredRevenue.amount, s.currency),
          formatMoney(s.kpis.discountSpend.amount, s.currency),
        ],
  );
  return table(["strategy", "site", "agent recovered", "holdout recovered", "absolute lift", "AI-assisted revenue", "discount spend"], rows);
}
