import { fieldKinds } from "./field-kinds.ts";
import { many, one, patternOf, rowCount, type FormValues } from "./settings-form.ts";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Sets a dotted path in a tree of plain objects; row indices become arrays in `arrays()`. */
function set(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split(".");
  if (head === undefined || value === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const existing = target[head];
  const child = isRecord(existing) ? existing : {};
  target[head] = child;
  set(child, rest.join("."), value);
}

function arrays(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) return keys.sort((a, b) => Number(a) - Number(b)).map((k) => arrays(value[k]));
  return Object.fromEntries(keys.map((k) => [k, arrays(value[k])]));
}

/** Country codes split on commas or spaces; blank is "not set", and "none" an empty list where that differs. */
function codes(text: string, kind: "codes" | "codesOrNone"): string[] | undefined {
  if (text === "") return undefined;
  if (kind === "codesOrNone" && text.toLowerCase() === "none") return [];
  return text.toUpperCase().split(/[\s,]+/).filter(Boolean);
}

/** Normalized form values as the input SiteConfig parses: blank means "not set" (the default applies). */
export function formToInput(values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const group of ["store", "brand", "triggers", "followUp", "escalation"]) input[group] = {};
  // Checkboxes send nothing when unticked: every rendered checkbox counts, ticked or not.
  for (const pattern of Object.keys(fieldKinds).filter((p) => fieldKinds[p] === "checkbox")) {
    const [list, field] = pattern.split(".*.");
    if (field === undefined) set(input, pattern, one(values[pattern]) !== "");
    else for (let i = 0; list !== undefined && i < rowCount(values, list); i++) set(input, `${list}.${i}.${field}`, one(values[`${list}.${i}.${field}`]) !== "");
  }
  for (const [name, value] of Object.entries(values)) {
    const kind = fieldKinds[patternOf(name)];
    const text = one(value).trim();
    if (kind === "checkbox") continue;
    if (kind === "multi") set(input, name, many(value));
    else if (kind === "lines") set(input, name, text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
    else if (kind === "codes" || kind === "codesOrNone") set(input, name, codes(text, kind));
    else if (kind === "boolean") set(input, name, text === "yes" ? true : text === "no" ? false : text === "" ? undefined : text);
    else if (kind === "number") set(input, name, text === "" ? undefined : Number.isFinite(Number(text)) ? Number(text) : text);
    else set(input, name, text === "" ? undefined : text);
  }
  const nested = arrays(input);
  if (!isRecord(nested)) return {};
  // A list whose rows were all removed is empty, not "not set" (which would keep the default).
  if (isRecord(nested.followUp)) nested.followUp.steps ??= [];
  return { offers: [], ...nested };
}
