/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { SizeGuide } from "../domain/product.ts";

const range = (r?: [number, number]) => (r ? `${r[0]}–${r[1]}` : "—");

export function SizeGuideTable({ guide }: { guide: SizeGuide }) {
  const isShoe = guide.rows.some((r) => r.footLengthCm !== undefined);
  return (
    <details class="panel" data-testid="size-guide" open={!isShoe}>
      <summary>
        <strong>Size guide</strong> <span class="muted">(body measurements in {guide.unit})</span>
      </summary>
      <table>
        <thead>
          {isShoe ? (
            <tr><th>EU size</th><th>Foot length</th></tr>
          ) : (
            <tr><th>Size</th><th>Chest</th><th>Waist</th><th>Hips</th></tr>
          )}
        </thead>
        <tbody>
          {guide.rows.map((r) =>
            isShoe ? (
              <tr><td>{r.size}</td><td>{r.footLengthCm} cm</td></tr>
            ) : (
              <tr><td>{r.size}</td><td>{range(r.chest)}</td><td>{range(r.waist)}</td><td>{range(r.hips)}</td></tr>
            ),
          )}
        </tbody>
      </table>
      {guide.note ? <p class="muted">{guide.note}</p> : null}
    </details>
  );
}
