import { bodyOf } from "../routes/body-of.ts";
import { readUiStream } from "../workerd/edge-fixture.ts";

/** What a script with curl does against the edge: open sessions, chat, read sessions back. */
export function shopperClient(edgeUrl: string, origin: string) {
  let seq = 0;
  const client = {
    async open(body: Record<string, unknown>) {
      const res = await fetch(`${edgeUrl}/v1/sessions`, { method: "POST", headers: { "Content-Type": "application/json", Origin: origin }, body: JSON.stringify(body) });
      return { status: res.status, headers: res.headers, body: await bodyOf(res) };
    },
    async say(session: { token: string; sessionId: string }, text: string) {
      seq += 1;
      const res = await fetch(`${edgeUrl}/v1/chat`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${session.token}`, Origin: origin },
        body: JSON.stringify({ sessionId: session.sessionId, message: { id: `m-${Date.now()}-${seq}`, role: "user", parts: [{ type: "text", text }] } }),
      });
      if (!res.ok) return { status: res.status, text: "", error: (await bodyOf(res)).error };
      return { status: res.status, ...(await readUiStream(res)), error: null };
    },
    async view(session: { token: string; sessionId: string }) {
      const res = await fetch(`${edgeUrl}/v1/sessions/${session.sessionId}`, { headers: { Authorization: `Bearer ${session.token}`, Origin: origin } });
      const raw = await res.text();
      return { status: res.status, body: await bodyOf(new Response(raw)), raw };
    },
  };
  return client;
}
