import { z } from "zod";

/** The demo store's Store API and the edge's public chat API, called the way the widget does. */

export interface ToolCall {
  name: string;
  input: unknown;
  output: unknown;
}

export interface Reply {
  text: string;
  tools: ToolCall[];
}

const Chunk = z.union([
  z.object({ type: z.literal("text-delta"), delta: z.string() }),
  z.object({ type: z.literal("tool-input-available"), toolCallId: z.string(), toolName: z.string(), input: z.unknown() }),
  z.object({ type: z.literal("tool-output-available"), toolCallId: z.string(), output: z.unknown() }),
  z.object({ type: z.literal("error"), errorText: z.string() }),
]);

/** Reads a UI message stream (SSE) to its end: the text and every tool call with its result. */
export function parseUiStream(body: string): Reply {
  const reply: Reply = { text: "", tools: [] };
  const byId = new Map<string, ToolCall>();
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
    const c = chunk.data;
    if (c.type === "text-delta") reply.text += c.delta;
    else if (c.type === "tool-input-available") {
      const call = { name: c.toolName, input: c.input, output: undefined };
      byId.set(c.toolCallId, call);
      reply.tools.push(call);
    } else if (c.type === "tool-output-available") {
      const call = byId.get(c.toolCallId);
      if (call) call.output = c.output;
    } else throw new Error(`chat stream error: ${c.errorText}`);
  }
  return reply;
}

const RetryAfter = z.coerce.number().positive().catch(1);

/** fetch that waits out 429 rate_limited answers (per Retry-After) instead of failing the case. */
async function politeFetch(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
    if (res.status !== 429 || attempt >= 8) return res;
    await res.body?.cancel();
    const seconds = RetryAfter.parse(res.headers.get("retry-after") ?? 1);
    await new Promise((r) => setTimeout(r, Math.min(seconds, 30) * 1000));
  }
}

async function json<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return schema.parse(JSON.parse(text));
}

export interface Stack {
  storeUrl: string;
  edgeUrl: string;
  storeToken: string;
  siteId: string;
}

const Session = z.object({ sessionId: z.string(), token: z.string(), group: z.string() });
export type Session = z.infer<typeof Session>;

export function chatClient(stack: Stack) {
  const storeHeaders = { authorization: `Bearer ${stack.storeToken}`, "content-type": "application/json" };
  const origin = new URL(stack.storeUrl).origin;
  return {
    storeGet: (path: string) => politeFetch(`${stack.storeUrl}/api${path}`, { headers: storeHeaders }),

    async createCart(variantIds: string[]): Promise<string> {
      const lines = variantIds.map((variantId) => ({ variantId, quantity: 1 }));
      const res = await politeFetch(`${stack.storeUrl}/api/carts`, { method: "POST", headers: storeHeaders, body: JSON.stringify({ lines }) });
      return (await json(res, z.object({ id: z.string() }))).id;
    },

    async openSession(cartId: string, visitorId: string): Promise<Session> {
      const res = await politeFetch(`${stack.edgeUrl}/v1/sessions`, {
        method: "POST",
        headers: { origin, "content-type": "application/json" },
        body: JSON.stringify({ siteId: stack.siteId, cartId, visitorId }),
      });
      return json(res, Session);
    },

    async send(session: Session, body: Record<string, unknown>): Promise<Reply> {
      const res = await politeFetch(`${stack.edgeUrl}/v1/chat`, {
        method: "POST",
        headers: { authorization: `Bearer ${session.token}`, origin, "content-type": "application/json" },
        body: JSON.stringify({ sessionId: session.sessionId, ...body }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`chat: HTTP ${res.status} ${text.slice(0, 300)}`);
      return parseUiStream(text);
    },

    say(session: Session, text: string, id: string): Promise<Reply> {
      return this.send(session, { message: { id, role: "user", parts: [{ type: "text", text }] } });
    },

    opener(session: Session, trigger: string, page: string): Promise<Reply> {
      return this.send(session, { opener: { trigger, page } });
    },
  };
}
export type ChatClient = ReturnType<typeof chatClient>;
