/**
 * Timeouts that leave nothing pending once the work is done. `AbortSignal.timeout` cannot be
 * cancelled, and workerd never evicts a Durable Object while one of its timers is pending: every
 * turn's 120 s timeout (and every 8 s store call's) kept its session in memory that long after it
 * ended, so under load the isolate held every recent session at once (docs/performance.md).
 */

/** An abort signal that fires a TimeoutError after `ms`, and `clear()` to drop its timer. */
export function deadline(ms: number): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`Timed out after ${ms} ms.`, "TimeoutError")), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** Statuses whose responses may not carry a body. */
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);

/**
 * `fetch` with a deadline over the whole exchange, headers and body: the body is read before the
 * timer is cleared, and the response comes back buffered. Rejects with a TimeoutError, as
 * `AbortSignal.timeout` would.
 */
export async function fetchWithDeadline(doFetch: typeof fetch, url: string, init: RequestInit, ms: number): Promise<Response> {
  const { signal, clear } = deadline(ms);
  try {
    const response = await doFetch(url, { ...init, signal });
    const body = await response.arrayBuffer();
    const head = { status: response.status, statusText: response.statusText, headers: response.headers };
    return new Response(nullBodyStatus.has(response.status) ? null : body, head);
  } finally {
    clear();
  }
}
