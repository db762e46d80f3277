import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, root, startEdge, startStore, type Service } from "../../../../scripts/lib/processes.ts";
import { startSmtpServer, type LocalSmtpServer } from "../../../../scripts/lib/smtp-server.ts";
import { startTwilioFake, type TwilioFake } from "../../channels/fakes/twilio-fake.ts";
import { startWhatsAppFake, type WhatsAppFake } from "../../channels/fakes/whatsapp-fake.ts";

/**
 * The demo store, `wrangler dev`, a real local SMTP server and the Twilio and Meta fakes on free ports, wired the way
 * `npm start` wires them (PUBLIC_URL, SMTP_HOST/SMTP_PORT, the store's order webhook).
 */
export interface FollowUpStack {
  store: Service;
  edge: Service;
  smtp: LocalSmtpServer;
  twilio: TwilioFake;
  whatsapp: WhatsAppFake;
  storeUrl: string;
  edgeUrl: string;
  stop(): Promise<void>;
}

export const inboundSecret = "test-inbound-email-secret";
export const shopAddress = "shop@cart-saver.test";
export const shopPostalAddress = "Torstraße 1, 10119 Berlin, Germany";
export const whatsappAccount = { phoneNumberId: "106540352242922", token: "EAAG-test-token", appSecret: "meta-app-secret", verifyToken: "verify-me" };
export const twilioAccount = { sid: "AC0123456789abcdef0123456789abcdef", authToken: "twilio-test-auth-token", from: "+15005550006" };

export async function startFollowUpStack(): Promise<FollowUpStack> {
  const dir = mkdtempSync(join(tmpdir(), "cart-saver-followup-"));
  const widgetDir = join(root, "dist", "widget");
  const placeholder = !existsSync(widgetDir);
  if (placeholder) {
    mkdirSync(widgetDir, { recursive: true });
    writeFileSync(join(widgetDir, "widget.js"), "// placeholder for the edge tests\n");
  }
  const smtp = await startSmtpServer(await freePort());
  const twilio = await startTwilioFake(twilioAccount.sid, twilioAccount.authToken);
  const whatsapp = await startWhatsAppFake(whatsappAccount.phoneNumberId, whatsappAccount.token);
  const storeUrl = `http://127.0.0.1:${await freePort()}`;
  const edgePort = await freePort();
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const store = await startStore({
    port: Number(new URL(storeUrl).port),
    dataDir: join(dir, "store"),
    edgeUrl,
    webhookUrls: [`${edgeUrl}/v1/webhooks/orders`],
  });
  const edge = await startEdge({
    port: edgePort,
    storeUrl,
    persistDir: join(dir, "edge"),
    vars: {
      MODEL: "builtin",
      PUBLIC_URL: edgeUrl,
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      EMAIL_FROM: `Cart Saver test <${shopAddress}>`,
      EMAIL_INBOUND_SECRET: inboundSecret,
      TWILIO_API_URL: twilio.url,
      TWILIO_ACCOUNT_SID: twilioAccount.sid,
      TWILIO_AUTH_TOKEN: twilioAccount.authToken,
      TWILIO_FROM: twilioAccount.from,
      WHATSAPP_API_URL: whatsapp.url,
      WHATSAPP_TOKEN: whatsappAccount.token,
      WHATSAPP_PHONE_NUMBER_ID: whatsappAccount.phoneNumberId,
      WHATSAPP_APP_SECRET: whatsappAccount.appSecret,
      WHATSAPP_VERIFY_TOKEN: whatsappAccount.verifyToken,
    },
  });
  return {
    store,
    edge,
    smtp,
    twilio,
    whatsapp,
    storeUrl,
    edgeUrl,
    async stop() {
      await edge.stop();
      await store.stop();
      await smtp.close();
      await twilio.close();
      await whatsapp.close();
      if (placeholder) rmSync(widgetDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A site with follow-up timings short enough for a test: away 0.6 s → abandoned, +1.2 s → email. */
export function quickSite(siteId: string, storeUrl: string, steps: { channel: "email" | "sms" | "whatsapp"; delayMinutes: number }[]) {
  return {
    siteId,
    name: "Follow-up test store",
    allowedOrigins: [storeUrl],
    store: { adapter: "http", baseUrl: storeUrl, tokenSecret: "STORE_TOKEN_DEMO" },
    brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi!", language: "en" },
    triggers: {},
    maxDiscountPercent: 10,
    // start = end: no quiet hours, whatever the time of day the test runs.
    followUp: {
      steps,
      graceMinutes: 0.01,
      inactivityMinutes: 60,
      quietHours: { start: "00:00", end: "00:00" },
      requireConsent: true,
      senderAddress: shopPostalAddress,
    },
    escalation: {},
    holdoutPercent: 0,
  };
}
