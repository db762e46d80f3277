import type { Context } from "hono";
import type { z } from "zod";
import { apiError, issuesOf } from "./api-error.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads a JSON body whatever its Content-Type (sendBeacon posts text/plain) and parses it with
 * `schema`: 400 invalid_json when it is not JSON, 400 invalid_request with the zod issues otherwise.
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<Parsed<z.infer<S>>> {
  const text = await c.req.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "The request body is not valid JSON.") };
  }
  return parseWith(schema, data);
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    response: apiError(400, "invalid_request", "The request does not match the expected shape.", { issues: issuesOf(result.error) }),
  };
}
