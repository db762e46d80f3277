/** @jsxImportSource hono/jsx */
import type { DayPoint } from "../analytics/summary-schema.ts";
import { formatCount, formatDay } from "./format.ts";

type Series = { key: "sessions" | "abandoned" | "interventions" | "recovered"; name: string; color: string };

export const series: Series[] = [
  { key: "sessions", name: "Sessions", color: "#94a3b8" },
  { key: "abandoned", name: "Abandoned", color: "#f59e0b" },
  { key: "interventions", name: "AI interventions", color: "#6366f1" },
  { key: "recovered", name: "Recovered", color: "#16a34a" },
];

/**
 * Daily lines (legend colours in dashboard-css.ts: the CSP allows no inline style). The plot stretches to any width (preserveAspectRatio="none" with non-scaling
 * strokes) while the axis labels and legend are HTML, so nothing shrinks on a phone.
 */
export function TimeSeriesChart(props: { points: DayPoint[] }) {
  const { points } = props;
  if (points.length === 0) return <p class="empty">No data in this period.</p>;
  const max = Math.max(1, ...points.flatMap((p) => series.map((s) => p[s.key])));
  const width = Math.max(1, points.length - 1);
  const y = (v: number) => 100 - (v / max) * 100;
  // A single day is drawn as a flat line across the plot.
  const xs = points.length === 1 ? [0, width] : points.map((_, i) => i);
  const line = (s: Series) => xs.map((x, i) => `${x},${y((points[i] ?? points[0])?.[s.key] ?? 0).toFixed(2)}`).join(" ");
  const description = `Daily sessions, abandoned carts, AI interventions and recoveries from ${points[0]?.date} to ${points.at(-1)?.date}; peak ${max}.`;
  return (
    <figure class="timeseries">
      <div class="plot">
        <span class="y-max">{formatCount(max)}</span>
        <svg class="chart lines" viewBox={`0 -4 ${width} 108`} preserveAspectRatio="none" width="100%" height="180" role="img" aria-label={description}>
          <title>{description}</title>
          <line x1="0" x2={width} y1="100" y2="100" class="axis" vector-effect="non-scaling-stroke" />
          <line x1="0" x2={width} y1="50" y2="50" class="grid" vector-effect="non-scaling-stroke" />
          {series.map((s) => (
            <polyline points={line(s)} fill="none" stroke={s.color} stroke-width="2.5" vector-effect="non-scaling-stroke" data-series={s.key} />
          ))}
        </svg>
      </div>
      <div class="x-axis">
        <span>{formatDay(points[0]?.date ?? "")}</span>
        <span>{formatDay(points.at(-1)?.date ?? "")}</span>
      </div>
      <figcaption class="legend">
        {series.map((s) => (
          <span>
            <i class={`key key-${s.key}`} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
