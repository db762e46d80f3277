/** Reading untrusted JSON without zod (the widget ships no schema library) and without casts. */
export type Json = Record<string, unknown>;

export function rec(v: unknown): Json {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {};
}

export function isRec(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function str(v: unknown, fallback = ""): string {
  return typeof v === "string" ? v : fallback;
}

export function num(v: unknown, fallback = 0): number {
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

export function bool(v: unknown, fallback = false): boolean {
  return typeof v === "boolean" ? v : fallback;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
