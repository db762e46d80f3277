/** @jsxImportSource hono/jsx */
import type { LiftComparison } from "../analytics/lift-schema.ts";
import { formatCount, formatMoney, formatPointsInterval, formatRate, formatRelativeInterval } from "./format.ts";

/** Agent vs randomized holdout: the honest, incremental figure. */
export function ComparisonTable(props: { comparison: LiftComparison; currency: string }) {
  const { agent, holdout, absoluteLift, relativeLift, incrementalRevenuePer1000, significant } = props.comparison;
  const per1000 = (v: number | null) => (v === null ? "–" : formatMoney(v, props.currency));
  const row = (name: string, g: typeof agent) => (
    <tr data-group={name.toLowerCase()}>
      <td>{name}</td>
      <td>{formatCount(g.abandoned)}</td>
      <td>{formatCount(g.recovered)}</td>
      <td>{formatRate(g.rate?.estimate)}</td>
      <td>{g.rate ? `${formatRate(g.rate.lower)}–${formatRate(g.rate.upper)}` : "–"}</td>
      <td>{per1000(g.revenuePer1000)}</td>
    </tr>
  );
  return (
    <>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Group</th>
              <th>Abandoned</th>
              <th>Recovered</th>
              <th>Rate</th>
              <th>95% CI</th>
              <th>Revenue / 1,000 carts</th>
            </tr>
          </thead>
          <tbody>
            {row("Agent", agent)}
            {row("Holdout", holdout)}
          </tbody>
        </table>
      </div>
      <p data-lift="absolute">
        Absolute lift: <span class="verdict">{formatPointsInterval(absoluteLift)}</span>
      </p>
      <p data-lift="relative">Relative lift: {formatRelativeInterval(relativeLift)}</p>
      <p data-lift="revenue">Incremental revenue per 1,000 abandoned carts: {per1000(incrementalRevenuePer1000)}</p>
      <p class="note">
        {significant
          ? "The 95% interval excludes zero: the agent's effect is statistically significant."
          : "The 95% interval includes zero: not enough evidence of an effect yet."}{" "}
        Recovery = an order within the attribution window after the first abandonment signal, measured the same way in both
        groups. Intervals: Wilson (rates), Newcombe hybrid score (difference), Katz log (ratio).
      </p>
    </>
  );
}
