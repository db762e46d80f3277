import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../../scripts/lib/processes.ts";
import { startSmtpServer, type LocalSmtpServer } from "../../../scripts/lib/smtp-server.ts";
import { startWebhookReceiver } from "../../../e2e/webhook-receiver.ts";
import { linkIn } from "../followup/support/follow-up-client.ts";
import { bodyOf } from "../routes/body-of.ts";
import { createCart, readUiStream, startEdgeFixture, type EdgeFixture } from "./edge-fixture.ts";

/** Handover in workerd: notices over real SMTP and HTTP, silence while held, inbox reply live over SSE, hand-back, timeout. */
let fx: EdgeFixture;
let smtp: LocalSmtpServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const admin = { Authorization: "Bearer dev-admin-token", "Content-Type": "application/json" };

beforeAll(async () => {
  smtp = await startSmtpServer(await freePort());
  receiver = await startWebhookReceiver(await freePort());
  fx = await startEdgeFixture({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), EMAIL_FROM: "Northwind Goods <shop@northwind.example>" });
});
afterAll(async () => {
  await fx?.stop();
  await smtp?.close();
  await receiver?.close();
});

async function configure(escalation: Record<string, unknown>) {
  const site = await bodyOf(await fetch(`${fx.edge.url}/v1/admin/sites/demo`, { headers: admin }));
  const res = await fetch(`${fx.edge.url}/v1/admin/sites/demo`, { method: "PUT", headers: admin, body: JSON.stringify({ ...site, escalation: { ...site.escalation, ...escalation } }) });
  expect(res.status).toBe(200);
}

async function newSession() {
  const cartId = await createCart(fx.storeUrl);
  const res = await fetch(`${fx.edge.url}/v1/sessions`, { method: "POST", headers: { "Content-Type": "application/json", Origin: fx.storeUrl }, body: JSON.stringify({ siteId: "demo", cartId, language: "en" }) });
  const body = await bodyOf(res);
  return { sessionId: String(body.sessionId), token: String(body.token) };
}

const say = (s: { sessionId: string; token: string }, text: string) =>
  fetch(`${fx.edge.url}/v1/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ sessionId: s.sessionId, message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] } }),
  });

const view = async (s: { sessionId: string; token: string }) =>
  bodyOf(await fetch(`${fx.edge.url}/v1/sessions/${s.sessionId}`, { headers: { Authorization: `Bearer ${s.token}` } }));

/** Reads server-sent `message` events from the panel's stream as they arrive. */
function openEvents(s: { sessionId: string; token: string }, headers: Record<string, string> = { Authorization: `Bearer ${s.token}` }, query = "") {
  const controller = new AbortController();
  const events: { at: number; id: string | undefined; message: { id: string; metadata?: { author?: string; name?: string; byline?: string }; parts: { text?: string }[] } }[] = [];
  const ready = fetch(`${fx.edge.url}/v1/sessions/${s.sessionId}/events${query}`, { headers, signal: controller.signal }).then(async (res) => {
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    if (!res.body) throw new Error("the event stream has no body");
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = "";
      try {
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          buffer += r.value;
          const blocks = buffer.split("\n\n");
          buffer = blocks.pop() ?? "";
          for (const block of blocks) {
            const lines = block.split("\n");
            const data = lines.find((l) => l.startsWith("data: "));
            const id = lines.find((l) => l.startsWith("id: "))?.slice(4);
            if (data) events.push({ at: Date.now(), id, message: JSON.parse(data.slice(6)) });
          }
        }
      } catch {
        // aborted
      }
    })();
  });
  return { events, ready, close: () => controller.abort() };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe("human handover in workerd", () => {
  it("notifies by email and webhook, stays silent while held, delivers the inbox reply live and hands back", async () => {
    await configure({ handoff: { email: "team@northwind.example", webhookUrl: `${receiver.url}/hook` } });
    const s = await newSession();
    const started = await readUiStream(await say(s, "Can I talk to a real person please?"));
    expect(started.text).toBe("I've asked the team at Northwind Goods; someone will reply in this chat. If you close it, the answer waits here for you, or comes by email if you've confirmed your address.");
    expect((await view(s)).state).toBe("human");

    const hook = (await bodyOf(await fetch(`${receiver.url}/deliveries`))).deliveries.filter((d: { path: string }) => d.path === "/hook");
    expect(hook).toHaveLength(1);
    const payload = JSON.parse(hook[0].body);
    expect(Object.keys(payload)).toEqual(["text"]);
    expect(payload.text).toContain(`${fx.edge.url}/dashboard/inbox/${s.sessionId}`);
    const mail = await smtp.waitForMessage((m) => m.envelope.to.includes("team@northwind.example"));
    expect(mail.parsed.subject).toBe("Northwind Goods: a shopper is waiting for a person");
    expect(mail.parsed.text).toContain(`/dashboard/inbox/${s.sessionId}`);

    const inbox = await fetch(`${fx.edge.url}/dashboard/inbox`, { headers: { Authorization: "Bearer dev-admin-token" } });
    expect(await inbox.text()).toContain(s.sessionId);
    expect((await fetch(`${fx.edge.url}/dashboard/inbox`, { redirect: "manual" })).status).toBe(303);

    const before = (await view(s)).messages.filter((m: { role: string }) => m.role === "assistant").length;
    const silent = await readUiStream(await say(s, "Hello? Anyone there?"));
    expect(silent.text).toBe("");
    const held = await view(s);
    expect(held.messages.filter((m: { role: string }) => m.role === "assistant")).toHaveLength(before);
    expect(held.messages.at(-1).parts[0].text).toBe("Hello? Anyone there?");

    const stream = openEvents(s);
    await stream.ready;
    const sentAt = Date.now();
    const reply = await fetch(`${fx.edge.url}/dashboard/inbox/${s.sessionId}/reply`, {
      method: "POST",
      headers: { Authorization: "Bearer dev-admin-token", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: "Sam", text: "Hi, Sam here. Size 43 runs large." }),
    });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain("Sent: the shopper&#39;s panel is open.");
    await until(() => stream.events.length > 0);
    const live = stream.events[0]!;
    expect(live.message).toMatchObject({ metadata: { author: "human", name: "Sam", byline: "Sam from Northwind Goods" }, parts: [{ text: "Hi, Sam here. Size 43 runs large." }] });
    expect(live.id).toBe(live.message.id);
    console.log(`handover: inbox reply reached the open stream in ${live.at - sentAt} ms`);

    // A panel that comes back with the browser's Last-Event-ID (EventSource, token in the query) gets what came after it.
    const shopperMessageId = held.messages.at(-1).id;
    const resumed = openEvents(s, { "Last-Event-ID": shopperMessageId, Origin: fx.storeUrl }, `?token=${encodeURIComponent(s.token)}&after=${encodeURIComponent(live.message.id)}`);
    await resumed.ready;
    await until(() => resumed.events.length > 0);
    expect(resumed.events.map((e) => e.message.id)).toEqual([live.message.id]);
    resumed.close();

    const empty = await fetch(`${fx.edge.url}/dashboard/inbox/${s.sessionId}/reply`, {
      method: "POST",
      headers: { Authorization: "Bearer dev-admin-token", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: "Sam", text: "  " }),
    });
    expect(empty.status).toBe(400);
    for (const id of ["0".repeat(64), "not-a-session"]) {
      const unknown = await fetch(`${fx.edge.url}/dashboard/inbox/${id}/reply`, { method: "POST", headers: { Authorization: "Bearer dev-admin-token", "Content-Type": "application/x-www-form-urlencoded" }, body: "text=hi&name=Sam" });
      expect(unknown.status).toBe(404);
    }
    const noToken = await fetch(`${fx.edge.url}/v1/sessions/${s.sessionId}/events`);
    expect(noToken.status).toBe(401);

    const back = await fetch(`${fx.edge.url}/dashboard/inbox/${s.sessionId}/hand-back`, { method: "POST", headers: { Authorization: "Bearer dev-admin-token" } });
    expect(await back.text()).toContain("Handed back to the assistant.");
    await until(() => stream.events.length > 1);
    expect(stream.events[1]!.message.parts[0]?.text).toBe("The team at Northwind Goods handed the conversation back to me. How can I help?");
    stream.close();
    expect((await view(s)).state).toBe("engaged");
    const summary = await bodyOf(await fetch(`${fx.edge.url}/v1/analytics/summary?siteId=demo`, { headers: admin }));
    const recorded = summary.recentConversations.find((c: { sessionId: string }) => c.sessionId === s.sessionId);
    expect(recorded).toMatchObject({ handedOver: true });
    expect(recorded.messages.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining(["Can I talk to a real person please?", "Hello? Anyone there?"]));
    expect(await (await fetch(`${fx.edge.url}/dashboard/inbox`, { headers: { Authorization: "Bearer dev-admin-token" } })).text()).not.toContain(s.sessionId);
  });

  it("emails a person's reply to a consented address when no panel is open", async () => {
    await configure({ handoff: { webhookUrl: `${receiver.url}/hook` } });
    const s = await newSession();
    const contact = await fetch(`${fx.edge.url}/v1/contact`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${s.token}`, Origin: fx.storeUrl },
      body: JSON.stringify({ email: "ana@example.com", consent: { email: true } }),
    });
    expect(contact.status).toBe(200);
    // The shopper confirms the address (double opt-in): only a confirmed address gets the reply.
    const confirmation = await smtp.waitForMessage((m) => m.envelope.to.includes("ana@example.com") && /^Please confirm/.test(m.parsed.subject ?? ""));
    const link = linkIn(confirmation, "/v1/contact/confirm/");
    expect((await fetch(link, { method: "POST" })).status).toBe(200);
    await readUiStream(await say(s, "I need a human"));
    const reply = await fetch(`${fx.edge.url}/dashboard/inbox/${s.sessionId}/reply`, {
      method: "POST",
      headers: { Authorization: "Bearer dev-admin-token", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: "Sam", text: "We ship to Austria too." }),
    });
    expect(await reply.text()).toContain("Sent by email");
    const mail = await smtp.waitForMessage((m) => m.envelope.to.includes("ana@example.com") && m.parsed.subject === "Northwind Goods: Sam replied");
    expect(mail.parsed.text).toContain("We ship to Austria too.");
  });

  it("without a reachable notification channel it says nobody is available and keeps the assistant", async () => {
    await configure({ handoff: { webhookUrl: `http://127.0.0.1:${await freePort()}/closed` } });
    const s = await newSession();
    const started = await readUiStream(await say(s, "Ich möchte mit einem Mitarbeiter sprechen"));
    expect(started.text).toContain("Leider ist gerade niemand von Northwind Goods erreichbar");
    expect((await view(s)).state).not.toBe("human");
  });

  it("after escalation.humanReplyTimeoutMinutes without a reply the shopper is told and the assistant takes over", async () => {
    await configure({ handoff: { webhookUrl: `${receiver.url}/hook` }, humanReplyTimeoutMinutes: 0.01 });
    const s = await newSession();
    await readUiStream(await say(s, "human please"));
    expect((await view(s)).state).toBe("human");
    await new Promise((r) => setTimeout(r, 800));
    const after = await readUiStream(await say(s, "still there?"));
    expect(after.text).toBe("Sorry, nobody from Northwind Goods has answered yet, so I'm back to help. If you'd rather have the team reply by email, leave your email address.");
    expect((await view(s)).state).toBe("engaged");
  });
});
