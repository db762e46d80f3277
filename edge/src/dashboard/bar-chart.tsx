/** @jsxImportSource hono/jsx */
import { formatCount } from "./format.ts";

export interface Bar {
  label: string;
  value: number;
  /** Shown after the count, e.g. a rate. */
  note?: string;
}

const rowHeight = 44;

/**
 * Horizontal bars in one SVG without a viewBox: bar widths are percentages and text stays at
 * its CSS size, so labels remain readable however narrow the phone.
 */
export function BarChart(props: { title: string; bars: Bar[]; color?: string }) {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const summary = props.bars.map((b) => `${b.label}: ${b.value}`).join(", ");
  if (props.bars.length === 0) return <p class="empty">No data in this period.</p>;
  return (
    <svg class="chart bars" width="100%" height={props.bars.length * rowHeight} role="img" aria-label={`${props.title}. ${summary}`}>
      <title>{props.title}</title>
      {props.bars.map((bar, i) => {
        const y = i * rowHeight;
        const width = (bar.value / max) * 100;
        return (
          <g>
            <text x="0" y={y + 14} class="bar-label">
              {bar.label}
              <tspan class="bar-value">
                {"  "}
                {formatCount(bar.value)}
                {bar.note ? ` · ${bar.note}` : ""}
              </tspan>
            </text>
            <rect x="0" y={y + 20} width="100%" height="14" rx="3" class="bar-track" />
            <rect x="0" y={y + 20} width={`${width.toFixed(2)}%`} height="14" rx="3" fill={props.color ?? "var(--accent)"} />
          </g>
        );
      })}
    </svg>
  );
}
