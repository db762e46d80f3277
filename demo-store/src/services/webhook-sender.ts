import { createHmac } from "node:crypto";

/**
 * Delivers a signed JSON webhook to every URL, retrying failures (network error or non-2xx)
 * with backoff. Runs in the background: the caller does not await it.
 */
export const signBody = (secret: string, body: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

export interface WebhookOptions {
  secret: string;
  urls: string[];
  /** Delays before each retry, in ms. */
  backoffMs?: number[];
  log?: (message: string) => void;
}

export function sendWebhook(payload: unknown, o: WebhookOptions): Promise<void[]> {
  const body = JSON.stringify(payload);
  const headers = {
    "content-type": "application/json",
    "user-agent": "cart-saver-demo-store/1",
    "x-store-signature": signBody(o.secret, body),
  };
  return Promise.all(o.urls.map((url) => deliver(url, body, headers, o.backoffMs ?? [500, 2000, 8000], o.log ?? console.warn)));
}

async function deliver(url: string, body: string, headers: Record<string, string>, backoff: number[], log: (m: string) => void) {
  for (let attempt = 0; ; attempt++) {
    let problem: string;
    try {
      const res = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(10_000) });
      await res.body?.cancel();
      if (res.ok) return;
      problem = `HTTP ${res.status}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    const delay = backoff[attempt];
    if (delay === undefined) {
      log(`webhook ${url} failed after ${attempt + 1} attempts: ${problem}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
