import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { freePort } from "../../../scripts/lib/processes.ts";
import { startSmtpServer, type LocalSmtpServer } from "../../../scripts/lib/smtp-server.ts";
import { startWorkerd, type Workerd } from "./support/workerd.ts";
import { testPolicies, testProducts } from "./support/store-fixtures.ts";

const entry = fileURLToPath(new URL("./fixtures/smtp-worker.ts", import.meta.url));
const resumeUrl = "http://127.0.0.1:8787/r/eyJzaWQiOiJzMSJ9.c2ln";
let smtp: LocalSmtpServer;
let worker: Workerd;

beforeAll(async () => {
  smtp = await startSmtpServer(await freePort());
  worker = await startWorkerd(entry, { bindings: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), EMAIL_FROM: "Alpine Outfitters <shop@alpine.example>" } });
});
afterAll(async () => {
  await worker?.dispose();
  await smtp?.close();
});

describe("email follow-up over SMTP from workerd (worker-mailer → smtp-server)", () => {
  it("delivers one message with HTML and text parts, the product, its image and the resume link", async () => {
    const res = await worker.fetch("/", {
      method: "POST",
      body: JSON.stringify({ to: "ana@example.com", resumeUrl, objections: ["returns"], products: testProducts, policies: testPolicies }),
    });
    const sent: unknown = await res.json();
    expect(sent).toMatchObject({ ok: true, value: { status: "sent", messageId: expect.stringMatching(/^<.+@alpine\.example>$/) } });
    const mail = await smtp.waitForMessage((m) => m.envelope.to.includes("ana@example.com"));
    expect(smtp.messages).toHaveLength(1);
    expect(mail.envelope.from).toBe("shop@alpine.example");
    expect(mail.parsed.subject).toBe("Your Trail Runner GTX is still in your cart");
    expect(mail.parsed.messageId).toMatch(/@alpine\.example>$/);
    const html = String(mail.parsed.html);
    expect(html).toContain("Trail Runner GTX");
    expect(html).toContain(`href="${resumeUrl}"`);
    expect(html).toContain('src="http://127.0.0.1:8788/images/trail-runner.jpg"');
    expect(html).toContain("You can return it within 30 days, free of charge.");
    expect(mail.parsed.text).toContain("Trail Runner GTX (EU 42 / Black) × 1");
    expect(mail.parsed.text).toContain(resumeUrl);
    expect(mail.parsed.text).toContain("Reply STOP");
  });

  it("refuses CR or LF in any header value it sets and sends nothing (worker-mailer would pass them on)", async () => {
    const base = { to: "eve@example.com", resumeUrl, objections: [], products: [], policies: testPolicies };
    for (const override of [{ subject: "hello\r\nBcc: spy@evil.example" }, { headers: { "In-Reply-To": "<a@b>\nBcc: spy@evil.example" } }]) {
      const res = await worker.fetch("/", { method: "POST", body: JSON.stringify({ ...base, ...override }) });
      expect(await res.json()).toMatchObject({ ok: false, code: "invalid_header" });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((m) => m.envelope.to.includes("eve@example.com") || m.envelope.to.includes("spy@evil.example"))).toHaveLength(0);
  });

  it("reports an unreachable SMTP server as a value, not an exception", async () => {
    const closedPort = await freePort();
    const down = await startWorkerd(entry, { bindings: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(closedPort), EMAIL_FROM: "shop@alpine.example" } });
    try {
      const res = await down.fetch("/", {
        method: "POST",
        body: JSON.stringify({ to: "ana@example.com", resumeUrl, objections: [], products: [], policies: testPolicies }),
      });
      expect(await res.json()).toMatchObject({ ok: false, code: "provider_unavailable" });
    } finally {
      await down.dispose();
    }
  });
});
