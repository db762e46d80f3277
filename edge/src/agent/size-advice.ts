import type { SizeGuide, SizeGuideRow } from "../store/store-schemas.ts";

export interface Measurements {
  chestCm?: number;
  waistCm?: number;
  hipsCm?: number;
  footLengthCm?: number;
  usualSize?: string;
}

export interface SizeAdvice {
  recommended: string | null;
  reason: string;
}

type Body = "chest" | "waist" | "hips";
const bodyParts: [Body, keyof Measurements][] = [["chest", "chestCm"], ["waist", "waistCm"], ["hips", "hipsCm"]];

/** Index of the smallest size that fits `value` (larger size when between two). */
function fitIndex(rows: SizeGuideRow[], value: number, part: Body | "foot"): number | null {
  const indexed = rows.map((row, i) => ({ i, max: part === "foot" ? row.footLengthCm : row[part]?.[1] }));
  const known = indexed.filter((r): r is { i: number; max: number } => r.max !== undefined);
  if (known.length === 0) return null;
  const fit = known.find((r) => value <= r.max);
  return fit ? fit.i : (known[known.length - 1]?.i ?? null);
}

/** -1, 0 or +1 from the product's fit note ("runs small — order half a size up"). */
export function fitShift(fitNote: string | null): number {
  if (!fitNote) return 0;
  if (/runs small/i.test(fitNote)) return 1;
  if (/runs large/i.test(fitNote)) return -1;
  return 0;
}

/**
 * The size guide row that fits the measurements (the largest one any measurement needs),
 * shifted one row by the product's fit note. A usual size alone is only shifted.
 */
export function adviseSizeFromGuide(guide: SizeGuide, input: Measurements, fitNote: string | null): SizeAdvice {
  const rows = guide.rows;
  const needs: { i: number; why: string }[] = [];
  for (const [part, key] of bodyParts) {
    const value = input[key];
    if (typeof value !== "number") continue;
    const i = fitIndex(rows, value, part);
    if (i !== null) needs.push({ i, why: `${part} ${value} cm` });
  }
  if (input.footLengthCm !== undefined) {
    const i = fitIndex(rows, input.footLengthCm, "foot");
    if (i !== null) needs.push({ i, why: `foot length ${input.footLengthCm} cm` });
  }
  let base: number | null = null;
  let why: string;
  if (needs.length > 0) {
    base = Math.max(...needs.map((n) => n.i));
    why = `Based on ${needs.map((n) => n.why).join(", ")}, the size guide gives ${rows[base]?.size}`;
  } else if (input.usualSize !== undefined) {
    const usual = input.usualSize.trim().toLowerCase().replace(/^eu\s*/, "").replace(",", ".");
    const i = rows.findIndex((row) => row.size.toLowerCase() === usual);
    if (i < 0) return { recommended: null, reason: `${input.usualSize} is not in this product's size guide.` };
    base = i;
    why = `You usually wear ${rows[i]?.size}`;
  } else {
    return { recommended: null, reason: "Tell me a measurement or the size you usually wear." };
  }
  const shift = fitShift(fitNote);
  const final = Math.min(rows.length - 1, Math.max(0, base + shift));
  const size = rows[final]?.size ?? null;
  if (final !== base) why += `; this model ${shift > 0 ? "runs small" : "runs large"} (“${fitNote}”), so ${size}`;
  return { recommended: size, reason: `${why}.` };
}
