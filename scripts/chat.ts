import { parseArgs } from "node:util";
import { parseJsonEventStream, readUIMessageStream, uiMessageChunkSchema, type UIMessage, type UIMessageChunk } from "ai";
import { z } from "zod";
import { ensureDevVars } from "./lib/dev-vars.ts";
import { createPlatformCart } from "./lib/platform-carts.ts";
import { type Platform, platformSite, platforms } from "./lib/platform-sites.ts";
import { freePort, root } from "./lib/processes.ts";

/**
 * `npm run chat -- "how much is shipping to Germany?" "can I send it back?"`: talks to a running
 * edge (`npm start`) the way the widget does — a cart at the store, a session with the store's
 * Origin, one streamed turn per message — and prints the replies and the objections detected.
 *
 * `--site demo` (default): a cart at the demo store (STORE_URL, CHAT_VARIANT: default a pair of
 * trail runners in EU 42). `--site shopify|woocommerce|vendure`: the site of that name is (re)configured
 * through the admin API for the platform store at `--store-url` (`npx tsx scripts/platform-store.ts
 * <platform>`), or one started here for the run; the cart is made on the platform and its id passed
 * as the page's `identify` would. EDGE_URL (default 127.0.0.1:8787) names the edge.
 */
const { values, positionals } = parseArgs({
  options: { site: { type: "string", default: "demo" }, "store-url": { type: "string" } },
  allowPositionals: true,
});
const edgeUrl = process.env.EDGE_URL ?? `http://127.0.0.1:${process.env.EDGE_PORT ?? 8787}`;
const messages = positionals.filter((m) => m !== "--");
if (messages.length === 0) messages.push("how much is shipping to Germany?");
const devVars = { ...ensureDevVars(root), ...process.env };

async function json(res: Response): Promise<unknown> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function demoCart(): Promise<{ origin: string; cartId: string }> {
  const storeUrl = process.env.STORE_URL ?? `http://127.0.0.1:${process.env.STORE_PORT ?? 8788}`;
  const variantId = process.env.CHAT_VARIANT ?? "trail-runner--42";
  const res = await fetch(`${storeUrl}/api/carts`, {
    method: "POST",
    headers: { authorization: `Bearer ${devVars.STORE_API_TOKEN ?? "dev-store-token"}`, "content-type": "application/json" },
    body: JSON.stringify({ lines: [{ variantId, quantity: 1 }] }),
  });
  return { origin: new URL(storeUrl).origin, cartId: z.object({ id: z.string() }).parse(await json(res)).id };
}

/** Configures the platform's site for the store at `url` and makes a cart there. */
async function platformCart(platform: Platform, url: string): Promise<{ origin: string; cartId: string }> {
  const put = await fetch(`${edgeUrl}/v1/admin/sites/${platform}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${devVars.ADMIN_TOKEN ?? "dev-admin-token"}`, "content-type": "application/json" },
    body: JSON.stringify(platformSite(platform, url)),
  });
  await json(put);
  return { origin: new URL(url).origin, cartId: await createPlatformCart(platform, url, devVars.STORE_TOKEN_SHOPIFY ?? "") };
}

async function chat(origin: string, siteId: string, cartId: string): Promise<void> {
  const session = z.object({ sessionId: z.string(), token: z.string(), group: z.string() }).parse(
    await json(
      await fetch(`${edgeUrl}/v1/sessions`, {
        method: "POST",
        headers: { origin, "content-type": "application/json" },
        body: JSON.stringify({ siteId, cartId, visitorId: `chat-${Date.now()}` }),
      }),
    ),
  );
  console.log(`site ${siteId}, cart ${cartId}, session ${session.sessionId} (${session.group})`);
  const headers = { authorization: `Bearer ${session.token}`, origin, "content-type": "application/json" };
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
}

const site = values.site;
const platform = platforms.find((p) => p === site);
if (site !== "demo" && platform === undefined) {
  console.error(`--site must be demo or one of ${platforms.join(", ")}`);
  process.exit(2);
}
let stop: (() => Promise<void>) | null = null;
try {
  let target: { origin: string; cartId: string };
  if (platform === undefined) target = await demoCart();
  else {
    let url = values["store-url"];
    if (url === undefined) {
      // Loaded only here: Vendure and the emulators are heavy for a demo chat.
      const { startPlatformStore } = await import("./lib/platform-stores.ts");
      const store = await startPlatformStore(platform, await freePort());
      stop = store.stop;
      url = store.url;
    }
    target = await platformCart(platform, url);
  }
  await chat(target.origin, site, target.cartId);
} finally {
  await stop?.();
}
