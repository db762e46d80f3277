import type { z } from "zod";
import { fail, ok, type Result } from "../store/result.ts";
import { fetchWithDeadline } from "../http/deadline.ts";

/**
 * One provider HTTP call, parsed with zod: provider_unavailable (network, timeout, 5xx),
 * provider_rejected (4xx, with the provider's own error), invalid_response. Never throws.
 */
export async function providerFetch<S extends z.ZodType, E extends z.ZodType>(
  url: string,
  init: RequestInit,
  success: S,
  error: E,
  timeoutMs = 10_000,
): Promise<Result<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetchWithDeadline(fetch, url, init, timeoutMs);
  } catch (cause) {
    return fail("provider_unavailable", `The provider did not answer: ${String(cause)}`);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = error.safeParse(body);
    const code = response.status >= 500 ? "provider_unavailable" : "provider_rejected";
    return fail(code, `The provider answered ${response.status}.`, {
      status: response.status,
      provider: detail.success ? detail.data : null,
    });
  }
  const parsed = success.safeParse(body);
  if (!parsed.success) return fail("invalid_response", "The provider's response has an unexpected shape.", { status: response.status });
  return ok(parsed.data);
}
