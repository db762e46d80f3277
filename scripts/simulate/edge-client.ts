import { z } from "zod";
import { Summary } from "../../edge/src/analytics/summary-schema.ts";
import { Group } from "../../edge/src/domain/session-state.ts";
import { fetchJson, jsonInit } from "./http.ts";

const Session = z.object({ sessionId: z.string(), token: z.string(), group: Group });
const SessionView = z.looseObject({
  objections: z.array(z.string()),
  offers: z.array(z.looseObject({ granted: z.boolean(), code: z.string().nullable() })).default([]),
});
/** The UI message stream chunks the simulator reads; everything else is skipped. */
const Chunk = z.union([
  z.object({ type: z.literal("text-delta"), delta: z.string() }),
  z.object({ type: z.literal("tool-output-available"), output: z.unknown() }),
  z.object({ type: z.literal("error"), errorText: z.string() }),
]);

export interface Reply {
  text: string;
  toolOutputs: unknown[];
}

/** Reads an AI SDK UI message stream (SSE) to its end. */
async function readStream(res: Response): Promise<Reply> {
  const body = await res.text();
  if (!res.ok) throw new Error(`chat: HTTP ${res.status} ${body.slice(0, 300)}`);
  const reply: Reply = { text: "", toolOutputs: [] };
  for (const line of body.split("\n")) {
    if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
    let data: unknown;
    try {
      data = JSON.parse(line.slice(6));
    } catch {
      continue;
    }
    const chunk = Chunk.safeParse(data);
    if (!chunk.success) continue;
    if (chunk.data.type === "text-delta") reply.text += chunk.data.delta;
    else if (chunk.data.type === "tool-output-available") reply.toolOutputs.push(chunk.data.output);
    else throw new Error(`chat stream error: ${chunk.data.errorText}`);
  }
  return reply;
}

/** The edge worker, called the way the widget (shopper APIs) and a merchant (admin APIs) do. */
export function edgeClient(baseUrl: string, shopOrigin: string, adminToken: string) {
  const admin = { Authorization: `Bearer ${adminToken}` };
  return {
    openSession: (siteId: string, cartId: string, visitorId: string) =>
      fetchJson(`${baseUrl}/v1/sessions`, jsonInit("POST", { siteId, cartId, visitorId, language: "en" }, { Origin: shopOrigin }), Session),

    async signal(token: string, type: string, page: string): Promise<void> {
      // The widget sends signals with sendBeacon: a text/plain JSON body.
      const res = await fetch(`${baseUrl}/v1/signals`, {
        method: "POST",
        headers: { "Content-Type": "text/plain;charset=UTF-8", Origin: shopOrigin },
        body: JSON.stringify({ token, type, at: Date.now(), data: { page } }),
      });
      await res.body?.cancel();
      if (res.status !== 202) throw new Error(`signal ${type}: HTTP ${res.status}`);
    },

    async opener(sessionId: string, token: string, trigger: string, page: string): Promise<Reply> {
      const init = jsonInit("POST", { sessionId, opener: { trigger, page } }, { Authorization: `Bearer ${token}`, Origin: shopOrigin });
      return readStream(await fetch(`${baseUrl}/v1/chat`, init));
    },

    async say(sessionId: string, token: string, text: string, id: string): Promise<Reply> {
      const message = { id, role: "user", parts: [{ type: "text", text }] };
      const init = jsonInit("POST", { sessionId, message }, { Authorization: `Bearer ${token}`, Origin: shopOrigin });
      return readStream(await fetch(`${baseUrl}/v1/chat`, init));
    },

    view: (sessionId: string, token: string) =>
      fetchJson(`${baseUrl}/v1/sessions/${encodeURIComponent(sessionId)}`, { headers: { Authorization: `Bearer ${token}`, Origin: shopOrigin } }, SessionView),

    getSite: (siteId: string) => fetchJson(`${baseUrl}/v1/admin/sites/${siteId}`, { headers: admin }, z.record(z.string(), z.unknown())),

    putSite: (siteId: string, config: Record<string, unknown>) =>
      fetchJson(`${baseUrl}/v1/admin/sites/${siteId}`, jsonInit("PUT", config, admin), z.record(z.string(), z.unknown())),

    summary: (siteId: string, from: string) =>
      fetchJson(`${baseUrl}/v1/analytics/summary?siteId=${siteId}&from=${encodeURIComponent(from)}`, { headers: admin }, Summary),
  };
}
export type EdgeClient = ReturnType<typeof edgeClient>;
