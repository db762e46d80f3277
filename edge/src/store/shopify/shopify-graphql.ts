import type { z } from "zod";
import { fail, ok, type Result } from "../result.ts";
import { fetchWithDeadline } from "../../http/deadline.ts";

/** What both Shopify clients (Storefront, Admin) offer: `request(document, { variables })`. */
export interface GraphqlClient {
  request(
    document: string,
    options: { variables: Record<string, unknown> },
  ): Promise<{ data?: unknown; errors?: { networkStatusCode?: number; message?: string; graphQLErrors?: { message: string }[] } }>;
}

export type GraphqlRequest = <T>(document: string, variables: Record<string, unknown>, schema: z.ZodType<T>) => Promise<Result<T>>;

/**
 * The Shopify clients always call https://<shop>; this fetch sends their requests to the
 * configured origin instead (loopback http in development and tests) with a timeout.
 */
export function originFetch(origin: string, doFetch: typeof fetch, timeoutMs: number) {
  const base = new URL(origin);
  return (url: string, init?: { method?: string; headers?: HeadersInit; body?: string; signal?: AbortSignal; keepalive?: boolean }) => {
    const target = new URL(url);
    target.protocol = base.protocol;
    target.host = base.host;
    const request = {
      ...(init?.method ? { method: init.method } : {}),
      ...(init?.headers ? { headers: init.headers } : {}),
      ...(init?.body !== undefined ? { body: init.body } : {}),
    };
    return fetchWithDeadline(doFetch, target.toString(), request, timeoutMs);
  };
}

/** One GraphQL call: transport and GraphQL errors become failures, `data` is zod-parsed. */
export function graphqlRequest(client: GraphqlClient, api: string): GraphqlRequest {
  return async (document, variables, schema) => {
    let response: Awaited<ReturnType<GraphqlClient["request"]>>;
    try {
      response = await client.request(document, { variables });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      return timedOut ? fail("timeout", `Shopify's ${api} did not answer in time.`) : fail("store_unavailable", `Shopify's ${api} could not be reached: ${String(error)}`);
    }
    const errors = response.errors;
    if (errors) {
      const status = errors.networkStatusCode;
      const message = errors.graphQLErrors?.map((e) => e.message).join("; ") || errors.message || "unknown error";
      if (status !== undefined && status >= 500) return fail("store_unavailable", `Shopify's ${api} failed: ${message}`, { status });
      if (/timeout|aborted/i.test(message)) return fail("timeout", `Shopify's ${api} did not answer in time.`);
      if (status === 401 || status === 403) return fail("store_unauthorized", `Shopify's ${api} refused the access token.`, { status });
      return fail("store_error", `Shopify's ${api} answered: ${message}`, status === undefined ? {} : { status });
    }
    const parsed = schema.safeParse(response.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail("invalid_response", `Shopify's ${api} answered with ${issue ? `${issue.path.join(".")}: ${issue.message}` : "an unexpected shape"}`);
    }
    return ok(parsed.data);
  };
}
