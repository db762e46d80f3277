import type { z } from "zod";
import { fail, ok, type Result } from "./result.ts";
import { StoreErrorBody } from "./store-schemas.ts";
import { fetchWithDeadline } from "../http/deadline.ts";

export interface StoreClientOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Per request; a store slower than this is reported as `timeout`. Default 8000. */
  timeoutMs?: number;
}

export type StoreRequest = <T>(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
) => Promise<Result<T>>;

/** One Store API call: bearer auth, timeout, JSON in and out, zod-parsed, failures as values. */
export function createStoreRequest(options: StoreClientOptions): StoreRequest {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 8000;
  const base = options.baseUrl.replace(/\/+$/, "");

  return async (method, path, schema, body) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.token}`,
      accept: "application/json",
    };
    if (body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    try {
      const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
      response = await fetchWithDeadline(doFetch, `${base}${path}`, init, timeoutMs);
    } catch (error) {
      if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
        return fail("timeout", `The store did not answer within ${timeoutMs} ms.`);
      }
      return fail("store_unavailable", `The store could not be reached: ${String(error)}`);
    }
    const json = await readJson(response);
    if (!response.ok) return failureFrom(response.status, json);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join(".")}: ${issue.message}` : "unexpected shape";
      return fail("invalid_response", `The store answered ${method} ${path} with ${where}`, {
        status: response.status,
      });
    }
    return ok(parsed.data);
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function failureFrom(status: number, json: unknown) {
  const body = StoreErrorBody.safeParse(json);
  if (status >= 500) {
    const detail = body.success ? body.data.error.message : `HTTP ${status}`;
    return fail("store_unavailable", `The store failed: ${detail}`, { status });
  }
  if (body.success) {
    const { code, message, ...context } = body.data.error;
    // Stores name their 404s (cart_not_found, variant_not_found…); callers match on not_found.
    if (status === 404) return fail("not_found", message, { ...context, storeCode: code, status });
    return fail(code, message, { ...context, status });
  }
  if (status === 404) return fail("not_found", "Not found.", { status });
  return fail(`http_${status}`, `The store answered HTTP ${status}.`, { status });
}
