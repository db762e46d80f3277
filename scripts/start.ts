import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { devDefaultSecrets } from "../edge/src/config/edge-env.ts";
import { applyLocalMigrations } from "./lib/d1-migrations.ts";
import { ensureDevVars } from "./lib/dev-vars.ts";
import { root, startEdge, startStore, type Service } from "./lib/processes.ts";
import { startSmtpServer, type LocalSmtpServer } from "./lib/smtp-server.ts";

/**
 * `npm start`: builds the widget, then runs the demo store (STORE_PORT, 8788) and the edge worker
 * under `wrangler dev` (EDGE_PORT, 8787) on the development values in `.dev.vars` (written from the
 * defaults when missing), after applying the D1 migrations to its local database. Without SMTP_HOST a
 * local SMTP server (SMTP_PORT, 2525) receives the follow-up emails and prints each one.
 * Ctrl-C stops everything.
 */
const storePort = Number(process.env.STORE_PORT ?? 8788);
const edgePort = Number(process.env.EDGE_PORT ?? 8787);
const storeUrl = `http://127.0.0.1:${storePort}`;
const edgeUrl = `http://127.0.0.1:${edgePort}`;
const dataDir = join(root, ".data");
const PASS_THROUGH = [
  "MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL",
  "SMTP_HOST", "SMTP_PORT", "EMAIL_FROM", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE", "EMAIL_REPLY_TO", "EMAIL_INBOUND_SECRET",
  "TWILIO_API_URL", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM",
  "WHATSAPP_API_URL", "WHATSAPP_TOKEN", "WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN",
  "DEMO_HOLDOUT_PERCENT",
];
mkdirSync(dataDir, { recursive: true });

console.log("Building the widget…");
execFileSync(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });

const services: Service[] = [];
let smtp: LocalSmtpServer | null = null;
let stopping = false;
async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await Promise.all([...services.map((s) => s.stop()), smtp?.close()]);
  }
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  // Outbound services and the model come from the environment (README "Configuration").
  const edgeSecrets: Record<string, string> = {};
  for (const key of PASS_THROUGH) {
    const value = process.env[key];
    if (value) edgeSecrets[key] = value;
  }
  const edgeVars: Record<string, string> = { PUBLIC_URL: edgeUrl };
  // A .dev.vars written before the platform stores existed lacks their tokens (npm run chat -- --site shopify).
  const fromFile = ensureDevVars(root);
  if (fromFile.ENVIRONMENT === "development") {
    for (const [name, value] of Object.entries(devDefaultSecrets)) if (name.startsWith("STORE_TOKEN_") && !(name in fromFile)) edgeVars[name] = value;
  }
  if (!process.env.SMTP_HOST) {
    smtp = await startSmtpServer(Number(process.env.SMTP_PORT ?? 2525), (mail) => {
      console.log(`[smtp] email to ${mail.envelope.to.join(", ")}: ${mail.parsed.subject ?? "(no subject)"}`);
    });
    Object.assign(edgeVars, { SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port) });
  }
  services.push(
    await startStore({ port: storePort, dataDir: join(root, "demo-store/data"), edgeUrl, webhookUrls: [`${edgeUrl}/v1/webhooks/orders`], echo: true }),
  );
  const persistDir = join(dataDir, "edge");
  applyLocalMigrations(persistDir);
  services.push(await startEdge({ port: edgePort, storeUrl, persistDir, vars: edgeVars, secrets: edgeSecrets, useDevVarsFile: true, watch: true, echo: true }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}

console.log(`
Cart Saver demo is running:
  demo store   ${storeUrl}
  edge worker  ${edgeUrl}   (widget: ${edgeUrl}/widget.js, dashboard: ${edgeUrl}/dashboard)
  email        ${smtp ? `local SMTP server on ${smtp.host}:${smtp.port} (received emails are printed here)` : `SMTP ${process.env.SMTP_HOST}`}
  model        ${process.env.MODEL ?? (process.env.OPENAI_API_KEY ? "openai" : "builtin (offline)")}
Press Ctrl-C to stop.`);
for (const service of services) {
  service.child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${service.url} exited (${code}); stopping.`);
      void stopAll(1);
    }
  });
}
