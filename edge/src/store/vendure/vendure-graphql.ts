import { z } from "zod";
import { fail, ok, type Result } from "../result.ts";
import { fetchWithDeadline } from "../../http/deadline.ts";

const GraphqlResponse = z.object({ data: z.unknown().optional(), errors: z.array(z.looseObject({ message: z.string() })).optional() });

/**
 * One GraphQL call to a Vendure API over fetch: `Authorization: Bearer <token>` (the shopper's
 * session token on the Shop API, an API admin's token on the Admin API) and the channel token.
 */
export function vendureRequest(options: { url: string; channelToken?: string; fetch?: typeof fetch; timeoutMs?: number }) {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 8000;
  return async <T>(token: string | null, query: string, variables: Record<string, unknown>, schema: z.ZodType<T>): Promise<Result<T>> => {
    let response: Response;
    try {
      const init = {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(options.channelToken ? { "vendure-token": options.channelToken } : {}),
        },
        body: JSON.stringify({ query, variables }),
      };
      response = await fetchWithDeadline(doFetch, options.url, init, timeoutMs);
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      return timedOut ? fail("timeout", `Vendure did not answer within ${timeoutMs} ms.`) : fail("store_unavailable", `Vendure could not be reached: ${String(error)}`);
    }
    if (response.status >= 500) return fail("store_unavailable", `Vendure failed: HTTP ${response.status}`, { status: response.status });
    const body = GraphqlResponse.safeParse(await response.json().catch(() => null));
    if (!body.success) return fail("invalid_response", `Vendure answered HTTP ${response.status} without GraphQL JSON.`);
    const error = body.data.errors?.[0];
    if (error) return fail(/forbidden/i.test(error.message) ? "store_unauthorized" : "store_error", `Vendure: ${error.message}`);
    const parsed = schema.safeParse(body.data.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail("invalid_response", `Vendure answered with ${issue ? `${issue.path.join(".")}: ${issue.message}` : "an unexpected shape"}`);
    }
    return ok(parsed.data);
  };
}
export type VendureRequest = ReturnType<typeof vendureRequest>;
