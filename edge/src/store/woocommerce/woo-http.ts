import type { z } from "zod";
import { z as zod } from "zod";
import { fail, ok, type Result } from "../result.ts";
import { fetchWithDeadline } from "../../http/deadline.ts";

export interface WooHttpOptions {
  baseUrl: string;
  /** `consumer_key:consumer_secret` of a REST API v3 key. */
  credentials: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const WooError = zod.looseObject({ code: zod.string(), message: zod.string(), data: zod.looseObject({ status: zod.number().optional() }).nullish() });
export type WooError = z.infer<typeof WooError>;

type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * WooCommerce over HTTP: the Store API (`/wp-json/wc/store/v1`, the shopper's cart by its
 * Cart-Token) and REST API v3 (`/wp-json/wc/v3`, basic auth with the consumer key). WooCommerce
 * errors (`{ code, message, data: { status } }`) come back as failures carrying `storeCode`.
 */
export function createWooHttp(options: WooHttpOptions) {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 8000;
  const base = options.baseUrl.replace(/\/+$/, "");
  const basic = `Basic ${btoa(options.credentials)}`;

  async function call<T>(url: string, method: Method, headers: Record<string, string>, schema: z.ZodType<T>, body?: unknown) {
    let response: Response;
    try {
      const init = {
        method,
        headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      };
      response = await fetchWithDeadline(doFetch, url, init, timeoutMs);
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      return timedOut ? fail("timeout", `WooCommerce did not answer within ${timeoutMs} ms.`) : fail("store_unavailable", `WooCommerce could not be reached: ${String(error)}`);
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = WooError.safeParse(json);
      if (response.status >= 500) return fail("store_unavailable", `WooCommerce failed: HTTP ${response.status}`, { status: response.status });
      if (!error.success) return fail(response.status === 404 ? "not_found" : `http_${response.status}`, `WooCommerce answered HTTP ${response.status}.`, { status: response.status });
      return fail(response.status === 404 ? "not_found" : "store_rejected", error.data.message, { status: response.status, storeCode: error.data.code });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail("invalid_response", `WooCommerce answered ${method} ${new URL(url).pathname} with ${issue ? `${issue.path.join(".")}: ${issue.message}` : "an unexpected shape"}`);
    }
    return ok({ value: parsed.data, cartToken: response.headers.get("Cart-Token") });
  }

  return {
    /** Store API call as the shopper whose Cart-Token this is; answers the (possibly renewed) Cart-Token too. */
    store<T>(method: Method, path: string, schema: z.ZodType<T>, cartToken: string | null, body?: unknown): Promise<Result<{ value: T; cartToken: string | null }>> {
      return call(`${base}/wp-json/wc/store/v1${path}`, method, cartToken ? { "Cart-Token": cartToken } : {}, schema, body);
    },
    async rest<T>(method: Method, path: string, schema: z.ZodType<T>, body?: unknown): Promise<Result<T>> {
      const result = await call(`${base}/wp-json/wc/v3${path}`, method, { authorization: basic }, schema, body);
      return result.ok ? ok(result.value.value) : result;
    },
  };
}
export type WooHttp = ReturnType<typeof createWooHttp>;

/** The session a Cart-Token names (its JWT payload's `user_id`), without verifying it: only to notice a new session. */
export function cartSession(token: string | null): string | null {
  const payload = token?.split(".")[1];
  if (!payload) return null;
  try {
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    const parsed = zod.looseObject({ user_id: zod.union([zod.string(), zod.number()]) }).safeParse(json);
    return parsed.success ? String(parsed.data.user_id) : null;
  } catch {
    return null;
  }
}
