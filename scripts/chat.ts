import { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema, type UIMessage, type UIMessageChunk } from "ai";
import { z } from "zod";

/**
 * `npm run chat -- "how much is shipping to Germany?" "can I send it back?"`: talks to a running
 * demo (`npm start`) the way the widget does — a cart at the store, a session with the store's
 * Origin, one streamed turn per message — and prints the replies and the objections detected.
 * STORE_URL / EDGE_URL / CHAT_VARIANT (default: a pair of trail runners in EU 42) override the defaults.
 */
const storeUrl = process.env.STORE_URL ?? `http://127.0.0.1:${process.env.STORE_PORT ?? 8788}`;
const edgeUrl = process.env.EDGE_URL ?? `http://127.0.0.1:${process.env.EDGE_PORT ?? 8787}`;
const variantId = process.env.CHAT_VARIANT ?? "trail-runner--42";
const messages = process.argv.slice(2).filter((m) => m !== "--");
if (messages.length === 0) messages.push("how much is shipping to Germany?");

async function json(res: Response): Promise<unknown> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return res.json();
}

const cart = z.object({ id: z.string() }).parse(
  await json(
    await fetch(`${storeUrl}/api/carts`, {
      method: "POST",
      headers: { authorization: `Bearer ${process.env.STORE_API_TOKEN ?? "dev-store-token"}`, "content-type": "application/json" },
      body: JSON.stringify({ lines: [{ variantId, quantity: 1 }] }),
    }),
  ),
);
const session = z.object({ sessionId: z.string(), token: z.string(), group: z.string() }).parse(
  await json(
    await fetch(`${edgeUrl}/v1/sessions`, {
      method: "POST",
      headers: { origin: new URL(storeUrl).origin, "content-type": "application/json" },
      body: JSON.stringify({ siteId: "demo", cartId: cart.id, visitorId: `chat-${cart.id}` }),
    }),
  ),
);
console.log(`cart ${cart.id}, session ${session.sessionId} (${session.group})`);
const headers = { authorization: `Bearer ${session.token}`, origin: new URL(storeUrl).origin, "content-type": "application/json" };

for (const [index, text] of messages.entries()) {
  console.log(`\nshopper: ${text}`);
  const message: UIMessage = { id: `m${index}`, role: "user", parts: [{ type: "text", text }] };
  const res = await fetch(`${edgeUrl}/v1/chat`, { method: "POST", headers, body: JSON.stringify({ sessionId: session.sessionId, message }) });
  if (!res.ok || res.body === null) throw new Error(`chat: ${res.status} ${await res.text()}`);
  const chunks = parseJsonEventStream({ stream: res.body, schema: uiMessageChunkSchema }).pipeThrough(
    new TransformStream<{ success: boolean; value?: UIMessageChunk }, UIMessageChunk>({
      transform(part, controller) {
        if (part.success && part.value) controller.enqueue(part.value);
      },
    }),
  );
  let reply: UIMessage | undefined;
  for await (const m of readUIMessageStream({ stream: chunks })) reply = m;
  for (const part of reply?.parts ?? []) {
    if (part.type === "text") console.log(`assistant: ${part.text}`);
    else if (part.type.startsWith("tool-")) console.log(`  [${part.type.slice(5)}]`);
  }
}

const view = z.object({ state: z.string(), objections: z.array(z.string()) }).parse(
  await json(await fetch(`${edgeUrl}/v1/sessions/${session.sessionId}`, { headers })),
);
console.log(`\nsession state: ${view.state}; objections: ${view.objections.join(", ") || "none"}`);
