import { z } from "zod";

/** One changed leaf of a configuration: its dotted path and the JSON values before and after (null when absent). */
export const FieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, []);
    for (const [i, item] of value.entries()) leaves(item, path ? `${path}.${i}` : String(i), out);
  } else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0 && path) out.set(path, {});
    for (const [key, item] of entries) leaves(item, path ? `${path}.${key}` : key, out);
  } else if (value !== undefined) {
    out.set(path, value);
  }
  return out;
}

/** The field-level difference between two JSON documents, in the order of `after` then removed paths. */
export function configDiff(before: unknown, after: unknown): FieldChange[] {
  const a = leaves(before, "", new Map());
  const b = leaves(after, "", new Map());
  const changes: FieldChange[] = [];
  for (const [path, value] of b) {
    const old = a.get(path);
    if (JSON.stringify(old) !== JSON.stringify(value)) changes.push({ path, before: old ?? null, after: value });
  }
  for (const [path, value] of a) if (!b.has(path)) changes.push({ path, before: value, after: null });
  return changes;
}
