import type { z } from "zod";
import type { SiteConfig } from "../config/site-config.ts";
import { fieldKinds, rows } from "./field-kinds.ts";

/**
 * The settings form as flat fields named by their path in SiteConfig ("brand.color",
 * "offers.0.code"), so a zod issue's path names the field it belongs to. Values stay strings
 * until parsed, so a form with errors is shown again exactly as it was submitted.
 */
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[]>;
export { fieldKinds };

export const patternOf = (name: string) => name.replace(/\.\d+(?=\.|$)/g, ".*");
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
export const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A stored configuration as form values. */
export function configToForm(site: SiteConfig): FormValues {
  const values: FormValues = {};
  const walk = (value: unknown, path: string) => {
    const kind = fieldKinds[patternOf(path)];
    if (kind === "lines") values[path] = strings(value).join("\n");
    else if (kind === "multi") values[path] = strings(value);
    else if (kind === "codes") values[path] = strings(value).join(", ");
    else if (kind === "codesOrNone") values[path] = Array.isArray(value) && value.length === 0 ? "none" : strings(value).join(", ");
    else if (kind === "boolean") values[path] = value === true ? "yes" : value === false ? "no" : "";
    else if (kind === "checkbox") values[path] = value === true ? "on" : "";
    else if (kind !== undefined) values[path] = value === undefined || value === null ? "" : String(value);
    else if (Array.isArray(value)) for (const [i, item] of value.entries()) walk(item, `${path}.${i}`);
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(site, "");
  return values;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** How many rows of a list the values hold (the highest index + 1). */
export function rowCount(values: Record<string, unknown>, list: string): number {
  let count = 0;
  const re = new RegExp(`^${list.replaceAll(".", "\\.")}\\.(\\d+)\\.`);
  for (const key of Object.keys(values)) {
    const m = re.exec(key);
    if (m) count = Math.max(count, Number(m[1]) + 1);
  }
  return count;
}

/**
 * Submitted form data reduced to the known fields, with blank and removed rows dropped and the
 * rest renumbered (so error paths match what is shown next), and new offers given an id.
 */
export function normalizeForm(raw: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(raw)) {
    if (fieldKinds[patternOf(key)] === undefined) continue;
    const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    values[key] = fieldKinds[patternOf(key)] === "multi" ? list : (list[0] ?? "");
  }
  for (const [list, keyField] of Object.entries(rows)) {
    const count = rowCount(raw, list);
    let next = 0;
    const moved: FormValues = {};
    for (let i = 0; i < count; i++) {
      const prefix = `${list}.${i}.`;
      const fields = Object.keys(values).filter((k) => k.startsWith(prefix));
      const keep = one(values[`${prefix}${keyField}`]).trim() !== "" && raw[`${prefix}remove`] === undefined;
      if (keep) for (const k of fields) moved[`${list}.${next}.${k.slice(prefix.length)}`] = values[k] ?? "";
      if (keep) next++;
      for (const k of fields) delete values[k];
    }
    Object.assign(values, moved);
    for (let i = 0; i < next && list === "offers"; i++) {
      if (one(values[`offers.${i}.id`]).trim() === "") values[`offers.${i}.id`] = one(values[`offers.${i}.code`]).trim().toLowerCase().replace(/[^a-z0-9]+/g, "-");
    }
  }
  return values;
}

/** Zod issues grouped by the form field they concern (the longest path prefix that is a field). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    let field = path.join(".") || "form";
    for (let n = path.length; n > 0; n--) {
      const candidate = path.slice(0, n).join(".");
      if (fieldKinds[patternOf(candidate)] !== undefined) {
        field = candidate;
        break;
      }
    }
    const message = /received undefined$/.test(issue.message) ? "Required." : issue.message;
    (errors[field] ??= []).push(message);
  }
  return errors;
}
