import { describe, expect, it, vi } from "vitest";
import { createChatModel } from "../src/panel/chat-model.ts";
import { liveUpdates } from "../src/panel/live-updates.ts";
import type { PanelHost } from "../src/shared/widget-types.ts";

const host: PanelHost = {
  root: document.createElement("div").attachShadow({ mode: "open" }),
  edge: "https://edge.example",
  config: {
    siteId: "demo",
    name: "Demo",
    brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi", language: "en" },
    triggers: { exitIntent: true, idleSeconds: 45, pages: ["/cart"], minCartValue: 0, cooldownMinutes: 60, minSecondsOnPage: 3, maxProactiveOpens: 1 },
    requireConsent: true,
  },
  session: { sessionId: "s1", token: "tok", group: "agent" },
  lang: "en",
  rtl: false,
  history: [{ id: "u0", role: "user", parts: [{ type: "text", text: "a person please" }] }],
  pageOrigin: "https://shop.example",
  signal: () => {},
  emit: () => {},
  remember: () => {},
};

const human = { id: "h1", role: "assistant", metadata: { author: "human", name: "Sam" }, parts: [{ type: "text", text: "Sam here." }] };

describe("live updates while the panel is open", () => {
  it("opens the event stream only while open, with the session token and the last message id, and appends a person's reply labelled", async () => {
    const requests: { url: string; headers: unknown; signal: AbortSignal | null | undefined }[] = [];
    const fetcher: typeof fetch = async (input, init) => {
      requests.push({ url: String(input), headers: init?.headers, signal: init?.signal });
      const body = `: open\n\nevent: message\ndata: ${JSON.stringify(human)}\n\nevent: message\ndata: ${JSON.stringify(human)}\n\n`;
      return new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode(body)) }), { headers: { "content-type": "text/event-stream" } });
    };
    const chat = createChatModel(host, fetcher);
    const stop = liveUpdates(host, chat, fetcher);
    expect(requests).toHaveLength(0);
    chat.open.value = true;
    await vi.waitFor(() => expect(chat.messages.value).toHaveLength(2));
    expect(requests[0]).toMatchObject({ url: "https://edge.example/v1/sessions/s1/events?after=u0", headers: { authorization: "Bearer tok" } });
    expect(chat.messages.value[1]).toMatchObject({ id: "h1", role: "assistant", by: "Sam", parts: [{ kind: "text", text: "Sam here." }] });
    chat.open.value = false;
    expect(requests[0]?.signal?.aborted).toBe(true);
    stop();
  });

  it("stops on a 4xx instead of retrying", async () => {
    let calls = 0;
    const fetcher: typeof fetch = async () => (calls++, new Response("{}", { status: 401 }));
    const chat = createChatModel(host, fetcher);
    const stop = liveUpdates(host, chat, fetcher);
    chat.open.value = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(1);
    stop();
  });
});
