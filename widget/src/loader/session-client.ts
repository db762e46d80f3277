import type { Lang, WidgetSession } from "../common/widget-types.ts";
import { arr, rec, str } from "../common/read.ts";

/** A signed-in shopper, as the store's page passes it to CartSaver('identify'): verified server-side by customerHash. */
export interface Customer {
  customer?: { id: string; email?: string };
  customerHash?: string;
}

/** Reads `customer` and `customerHash` from an identify call; anything malformed is left out. */
export function readCustomer(a: Record<string, unknown>): Customer {
  const c = rec(a.customer);
  const id = str(c.id);
  const email = str(c.email);
  const hash = str(a.customerHash);
  return {
    ...(id ? { customer: { id, ...(email ? { email } : {}) } } : {}),
    ...(id && hash ? { customerHash: hash } : {}),
  };
}

/**
 * POST /v1/sessions: the same cart (and visitor) resumes the same session server-side. Any failure
 * (a 429 `rate_limited` included) is null: the widget then stays quiet on this page.
 */
export async function createSession(edge: string, siteId: string, cartId: string, visitorId: string | null, language: Lang, who: Customer = {}): Promise<WidgetSession | null> {
  try {
    const res = await fetch(`${edge}/v1/sessions`, {
      method: "POST",
      credentials: "omit",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ siteId, cartId, ...(visitorId ? { visitorId } : {}), language, ...who }),
    });
    if (!res.ok) return null;
    const b = rec(await res.json());
    const sessionId = str(b.sessionId);
    const token = str(b.token);
    if (!sessionId || !token) return null;
    return { sessionId, token, group: b.group === "holdout" ? "holdout" : "agent" };
  } catch {
    return null;
  }
}

/** GET /v1/sessions/:id: the conversation so far (restores the panel after a reload). */
export async function fetchHistory(edge: string, s: WidgetSession): Promise<unknown[]> {
  try {
    const res = await fetch(`${edge}/v1/sessions/${encodeURIComponent(s.sessionId)}`, {
      credentials: "omit",
      headers: { authorization: `Bearer ${s.token}` },
    });
    return res.ok ? arr(rec(await res.json()).messages) : [];
  } catch {
    return [];
  }
}
