import type { Context } from "hono";
import type { z } from "zod";
import { fail, type Failure } from "../services/result.ts";

/** Error responses and input parsing shared by every Store API route. */

export const problem = (c: Context, f: Failure) =>
  c.json({ error: { ...f.context, code: f.code, message: f.message } }, f.status);

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<{ ok: true; data: z.infer<S> } | Failure> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    return fail(400, "invalid_json", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return fail(400, "invalid_request", "The request body has the wrong shape.", { issues: issuesOf(parsed.error) });
  return { ok: true, data: parsed.data };
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): { ok: true; data: z.infer<S> } | Failure {
  // `?category=&limit=` (empty values) means "not given", as adapters often send every parameter.
  const given = Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
  if (!parsed.success) return fail(400, "invalid_request", "The query parameters are invalid.", { issues: issuesOf(parsed.error) });
  return { ok: true, data: parsed.data };
}
