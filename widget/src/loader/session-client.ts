import type { Lang, WidgetSession } from "../shared/widget-types.ts";
import { arr, rec, str } from "../shared/read.ts";

/** POST /v1/sessions: the same cart (and visitor) resumes the same session server-side. */
export async function createSession(edge: string, siteId: string, cartId: string, visitorId: string | null, language: Lang): Promise<WidgetSession | null> {
  try {
    const res = await fetch(`${edge}/v1/sessions`, {
      method: "POST",
      credentials: "omit",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ siteId, cartId, ...(visitorId ? { visitorId } : {}), language }),
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
