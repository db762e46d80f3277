import { createServer } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmailMessage } from "../../src/channels/channel-messages.ts";
import { notifyMerchant, type HandoverNotice } from "../../src/handover/notify-merchant.ts";
import { ok } from "../../src/store/result.ts";

/** A merchant's incoming-webhook endpoint (Slack/Teams stand-in) that records each POST. */
const received: { body: string; contentType: string | undefined }[] = [];
let status = 200;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    received.push({ body: Buffer.concat(chunks).toString("utf8"), contentType: req.headers["content-type"] });
    if (req.url === "/slow") return void setTimeout(() => res.end("ok"), 2000);
    res.statusCode = status;
    res.end("ok");
  });
});
let url = "";
beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address: AddressInfo | string | null = server.address();
  url = typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const notice: HandoverNotice = {
  storeName: "Northwind Goods",
  sessionId: "s1",
  reason: "The shopper asked for a person.",
  lastMessage: "I want to talk to a human",
  inboxUrl: "https://edge.example/dashboard/inbox/s1",
};

function recordingSender() {
  const sent: EmailMessage[] = [];
  return { sent, sender: { send: async (m: EmailMessage) => (sent.push(m), ok({ messageId: "<m1@example>", status: "sent" })) } };
}

describe("notifyMerchant", () => {
  it("posts { text } with the inbox link (the shape Slack and Teams incoming webhooks accept) and emails handoff.email", async () => {
    received.length = 0;
    status = 200;
    const mail = recordingSender();
    const outcome = await notifyMerchant(notice, { email: "team@northwind.example", webhookUrl: `${url}/hook` }, { email: mail.sender, fetch });
    expect(outcome.webhook).toEqual({ ok: true, value: { status: 200 } });
    expect(outcome.email).toEqual({ ok: true, value: { messageId: "<m1@example>" } });
    expect(received).toHaveLength(1);
    expect(received[0]?.contentType).toBe("application/json");
    const body: unknown = JSON.parse(received[0]?.body ?? "");
    expect(Object.keys(body ?? {})).toEqual(["text"]);
    expect(body).toEqual({ text: expect.stringContaining("https://edge.example/dashboard/inbox/s1") });
    expect(body).toEqual({ text: expect.stringContaining("Northwind Goods") });
    expect(mail.sent[0]).toMatchObject({ to: "team@northwind.example", subject: "Northwind Goods: a shopper is waiting for a person" });
    expect(mail.sent[0]?.text).toContain("https://edge.example/dashboard/inbox/s1");
  });

  it("reports a rejecting webhook, a timeout, and missing settings as values", async () => {
    status = 500;
    const rejected = await notifyMerchant(notice, { webhookUrl: `${url}/hook` }, { fetch });
    expect(rejected.webhook).toMatchObject({ ok: false, code: "webhook_rejected", status: 500 });
    expect(rejected.email).toMatchObject({ ok: false, code: "not_configured" });
    const slow = await notifyMerchant(notice, { webhookUrl: `${url}/slow` }, { fetch, timeoutMs: 200 });
    expect(slow.webhook).toMatchObject({ ok: false, code: "webhook_failed" });
    const noSmtp = await notifyMerchant(notice, { email: "team@northwind.example" }, { fetch });
    expect(noSmtp.email).toMatchObject({ ok: false, code: "channel_not_configured" });
  });
});
