import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { freePort } from "../../../scripts/lib/processes.ts";
import { startSmtpServer, type LocalSmtpServer } from "../../../scripts/lib/smtp-server.ts";
import { sendJson, startHttpFake, type HttpFake } from "../channels/support/http-fake.ts";
import { startWorkerd, type Workerd } from "../channels/support/workerd.ts";

let smtp: LocalSmtpServer;
let store: HttpFake;
let worker: Workerd;

beforeAll(async () => {
  smtp = await startSmtpServer(await freePort());
  store = await startHttpFake((req, res) => {
    if (req.method === "POST" && req.path === "/api/carts/cart-1/checkout-links") return sendJson(res, 201, { url: `${store.url}/checkout/restore/xyz`, expiresAt: "2026-12-01T00:00:00Z" });
    sendJson(res, 404, { error: { code: "not_found", message: req.path } });
  });
  worker = await startWorkerd(fileURLToPath(new URL("./fixtures/follow-up-email-worker.ts", import.meta.url)), {
    bindings: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), EMAIL_FROM: "Alpine Outfitters <shop@alpine.example>", STORE_URL: store.url, EDGE_URL: "http://edge.test", RESUME_SECRET: "resume-secret" },
    durableObjects: { CARTS: "CartObject" },
  });
});
afterAll(async () => {
  await worker?.dispose();
  await smtp?.close();
  await store?.close();
});

describe("abandoned cart → one follow-up email (Durable Object alarm, SQLite ledger, SMTP)", () => {
  it("sends exactly one email naming the product, with a working resume link, even when the alarm fires again", async () => {
    await worker.fetch("/abandon", { method: "POST", body: JSON.stringify({ sessionId: "sess-42", abandonedAt: Date.now() - 60_000 }) });
    const mail = await smtp.waitForMessage();
    expect(mail.envelope.to).toEqual(["ana@example.com"]);
    expect(mail.parsed.subject).toContain("Trail Runner GTX");

    const again = await worker.fetch("/alarm", { method: "POST", body: "{}" });
    expect(await again.json()).toMatchObject({ sent: [], nextAlarmAt: null });
    expect(smtp.messages).toHaveLength(1);

    const link = String(mail.parsed.text).match(/http:\/\/edge\.test\/r\/\S+/)?.[0];
    expect(link).toBeDefined();
    const resumed = await worker.fetch(new URL(link ?? "").pathname);
    expect(resumed.status).toBe(302);
    expect(resumed.headers.get("location")).toBe(`${store.url}/checkout/restore/xyz`);
  });
});
