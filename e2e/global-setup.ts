import { appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startEdge, startStore } from "../scripts/lib/processes.ts";
import { startSmtpServer } from "../scripts/lib/smtp-server.ts";
import { startWebhookReceiver } from "./webhook-receiver.ts";

/**
 * Starts the demo store and the edge on free ports for the whole browser suite and publishes
 * their URLs as STORE_URL and EDGE_URL (workers inherit the environment), plus a webhook
 * receiver (WEBHOOK_RECEIVER_URL, GET /deliveries) subscribed to the store's order webhooks, and a
 * local SMTP server for the edge's email (each message appended to E2E_MAIL_LOG as a JSON line).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "cart-saver-e2e-"));
  const [storePort, edgePort] = [await freePort(), await freePort()];
  const storeUrl = `http://127.0.0.1:${storePort}`;
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const receiver = await startWebhookReceiver(await freePort());
  const mailLog = join(dir, "mail.jsonl");
  const smtp = await startSmtpServer(await freePort(), (mail) =>
    appendFileSync(mailLog, `${JSON.stringify({ to: mail.envelope.to, subject: mail.parsed.subject ?? "", text: mail.parsed.text ?? "" })}\n`),
  );
  // E2E_ECHO=1 prints the store's and the worker's logs while the suite runs.
  const echo = process.env.E2E_ECHO === "1";
  const store = await startStore({
    port: storePort,
    dataDir: join(dir, "store"),
    edgeUrl,
    webhookUrls: [`${edgeUrl}/v1/webhooks/orders`, `${receiver.url}/orders`],
    echo,
  });
  // Holdout 0 keeps the demo site deterministic; the holdout spec turns it up through the admin API.
  const edge = await startEdge({ port: edgePort, storeUrl, persistDir: join(dir, "edge"), vars: { DEMO_HOLDOUT_PERCENT: "0", SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), EMAIL_FROM: "Northwind Goods <shop@northwind.example>" }, echo });
  process.env.STORE_URL = storeUrl;
  process.env.EDGE_URL = edgeUrl;
  process.env.WEBHOOK_RECEIVER_URL = receiver.url;
  process.env.E2E_DATA_DIR = dir;
  process.env.E2E_MAIL_LOG = mailLog;
  return async () => {
    await edge.stop();
    await store.stop();
    await receiver.close();
    await smtp.close();
  };
}
