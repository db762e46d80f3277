import { z } from "zod";

const Session = z.object({ sessionId: z.string(), token: z.string() });
const Cart = z.object({ id: z.string() });

export interface TurnResult {
  status: number;
  /** Milliseconds to the response's first body byte, and to its end. */
  ttfb: number;
  ttlb: number;
  /** The UI message stream ended with its `finish` chunk. */
  complete: boolean;
}

/** A shopper the way the widget talks to the edge: a cart, a session, streamed turns. */
export function turnClient(edgeUrl: string, storeUrl: string) {
  const storeHeaders = { authorization: "Bearer dev-store-token", "content-type": "application/json" };
  const origin = new URL(storeUrl).origin;
  let seq = 0;
  const client = {
    storeHeaders,
    async newCart(): Promise<string> {
      const res = await fetch(`${storeUrl}/api/carts`, {
        method: "POST",
        headers: storeHeaders,
        body: JSON.stringify({ lines: [{ variantId: "organic-cotton-tee--m-white", quantity: 2 }] }),
      });
      return Cart.parse(await res.json()).id;
    },
    /** A new session, or the HTTP status (or 0 for a network failure) when the edge refused. */
    async trySession(): Promise<z.infer<typeof Session> | number> {
      try {
        const res = await fetch(`${edgeUrl}/v1/sessions`, {
          method: "POST",
          headers: { "content-type": "application/json", origin },
          body: JSON.stringify({ siteId: "demo", cartId: await client.newCart(), language: "en" }),
        });
        const parsed = Session.safeParse(await res.json().catch(() => null));
        return parsed.success ? parsed.data : res.status || 0;
      } catch {
        return 0;
      }
    },
    async session() {
      const session = await client.trySession();
      if (typeof session === "number") throw new Error(`session creation failed: ${session}`);
      return session;
    },
    async turn(session: z.infer<typeof Session>, text: string): Promise<TurnResult> {
      seq += 1;
      const started = performance.now();
      let ttfb = Number.NaN;
      try {
        const res = await fetch(`${edgeUrl}/v1/chat`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${session.token}`, origin },
          body: JSON.stringify({ sessionId: session.sessionId, message: { id: `bench-${seq}-${Date.now()}`, role: "user", parts: [{ type: "text", text }] } }),
        });
        let body = "";
        const reader = res.body?.getReader();
        const decoder = new TextDecoder();
        while (reader) {
          const { done, value } = await reader.read();
          if (Number.isNaN(ttfb)) ttfb = performance.now() - started;
          if (done) break;
          body += decoder.decode(value, { stream: true });
        }
        return { status: res.status, ttfb, ttlb: performance.now() - started, complete: body.includes('"type":"finish"') };
      } catch {
        // A dropped connection: an error with status 0.
        return { status: 0, ttfb, ttlb: performance.now() - started, complete: false };
      }
    },
  };
  return client;
}
