import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { Hono } from "hono";
import { WhatsAppEnv } from "../../src/channels/channel-env.ts";
import { whatsappRoutes } from "../../src/channels/whatsapp-routes.ts";
import { sendWhatsAppFollowUp, whatsappSender } from "../../src/channels/whatsapp-client.ts";
import { startWhatsAppFake, type WhatsAppFake } from "./fakes/whatsapp-fake.ts";
import { recordingHandlers, type RecordingHandlers } from "./support/recording-handlers.ts";

const appSecret = "meta-app-secret";
const phoneNumberId = "106540352242922";
const token = "EAAG-test-token";
const shopper = "4915112345678";
const url = "http://edge.test/v1/channels/whatsapp/webhook";
let fake: WhatsAppFake;
let handlers: RecordingHandlers;
let app: Hono;
let env: WhatsAppEnv;

beforeAll(async () => {
  fake = await startWhatsAppFake(phoneNumberId, token);
  env = WhatsAppEnv.parse({
    WHATSAPP_API_URL: fake.url,
    WHATSAPP_TOKEN: token,
    WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
    WHATSAPP_APP_SECRET: appSecret,
    WHATSAPP_VERIFY_TOKEN: "verify-me",
  });
});
afterAll(() => fake?.close());
beforeEach(() => {
  fake.sent.length = 0;
  handlers = recordingHandlers(() => "Yes, the Trail Runner GTX is fully waterproof.");
  app = new Hono().route("/", whatsappRoutes(() => ({ ...handlers, env, sender: whatsappSender(env) })));
});

/** A webhook delivery as Meta sends it (Cloud API, `messages` field). */
function delivery(value: Record<string, unknown>): string {
  return JSON.stringify({
    object: "whatsapp_business_account",
    entry: [{ id: "102290129340398", changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "15550783881", phone_number_id: phoneNumberId }, ...value } }] }],
  });
}

function textMessage(body: string, id = "wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFjNFQjA=") {
  return { contacts: [{ profile: { name: "Ana" }, wa_id: shopper }], messages: [{ from: shopper, id, timestamp: "1768471200", type: "text", text: { body } }] };
}

function post(raw: string, signature = `sha256=${createHmac("sha256", appSecret).update(raw).digest("hex")}`) {
  return app.request(url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature }, body: raw });
}

describe("WhatsApp webhook", () => {
  it("completes Meta's verification handshake only with the right token", async () => {
    const ok = await app.request(`${url}?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    expect((await app.request(`${url}?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`)).status).toBe(403);
    expect((await app.request(url)).status).toBe(400);
  });

  it("gives an inbound text to the agent and replies with free text inside the 24-hour window", async () => {
    const res = await post(delivery(textMessage("Is it waterproof?")));
    expect(res.status).toBe(200);
    expect(handlers.inbound).toMatchObject([{ channel: "whatsapp", from: shopper, to: "15550783881", text: "Is it waterproof?", at: 1768471200000 }]);
    expect(fake.sent.map((s) => s.payload)).toEqual([
      { messaging_product: "whatsapp", recipient_type: "individual", to: shopper, type: "text", text: { preview_url: true, body: "Yes, the Trail Runner GTX is fully waterproof." } },
    ]);
  });

  it("checks X-Hub-Signature-256 over the raw bytes: 401 and nothing stored when it does not match", async () => {
    const raw = delivery(textMessage("hi"));
    const wrongSecret = `sha256=${createHmac("sha256", "other").update(raw).digest("hex")}`;
    expect((await post(raw, wrongSecret)).status).toBe(401);
    expect((await post(raw, "")).status).toBe(401);
    expect((await post(raw, "sha256=zz")).status).toBe(401);
    const reserialized = await post(raw.replace('"hi"', '"hi" '), `sha256=${createHmac("sha256", appSecret).update(raw).digest("hex")}`);
    expect(reserialized.status).toBe(401);
    expect(await reserialized.json()).toMatchObject({ error: { code: "invalid_signature" } });
    expect(handlers.total()).toBe(0);
    expect(fake.sent).toHaveLength(0);
    // Escaped unicode is signed as sent; re-serialising would change the bytes and break this.
    expect((await post(delivery(textMessage("caf\\u00e9?")).replace("caf\\\\u00e9", "caf\\u00e9"))).status).toBe(200);
    expect(handlers.inbound[0]?.text).toBe("café?");
  });

  it("answers 404 channel_not_configured when the deployment has no WhatsApp settings", async () => {
    const bare = new Hono().route("/", whatsappRoutes(() => null));
    const res = await bare.request(url, { method: "POST", body: "{}" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "channel_not_configured" } });
  });

  it("rejects malformed payloads with 400 even when signed", async () => {
    const notJson = await post("{not json");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: "invalid_json" } });
    const wrongShape = await post(JSON.stringify({ object: "page", entry: [] }));
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.json()).toMatchObject({ error: { code: "invalid_request" } });
    expect((await post(delivery(textMessage("x".repeat(300 * 1024))))).status).toBe(413);
    expect(handlers.total()).toBe(0);
  });

  it("records delivery statuses, failures with Meta's error code", async () => {
    const statuses = [
      { id: "wamid.A", status: "delivered", timestamp: "1768471300", recipient_id: shopper, conversation: { id: "c1", origin: { type: "utility" } }, pricing: { billable: true, pricing_model: "CBP", category: "utility" } },
      { id: "wamid.B", status: "failed", timestamp: "1768471400", recipient_id: shopper, errors: [{ code: 131047, title: "Re-engagement message" }] },
    ];
    expect((await post(delivery({ statuses }))).status).toBe(200);
    expect(handlers.statuses).toEqual([
      { channel: "whatsapp", providerMessageId: "wamid.A", status: "delivered", recipient: shopper, errorCode: null, at: 1768471300000 },
      { channel: "whatsapp", providerMessageId: "wamid.B", status: "failed", recipient: shopper, errorCode: "131047", at: 1768471400000 },
    ]);
    expect(handlers.inbound).toHaveLength(0);
  });

  it("treats STOP as an opt-out and START as an opt-in, without a reply", async () => {
    await post(delivery(textMessage("STOP")));
    await post(delivery(textMessage("start")));
    expect(handlers.optOuts).toEqual([{ channel: "whatsapp", from: shopper }]);
    expect(handlers.optIns).toEqual([{ channel: "whatsapp", from: shopper }]);
    expect(fake.sent).toHaveLength(0);
    // Outside SMS, "yes" or "cancel" answer the agent rather than change the subscription.
    await post(delivery(textMessage("Yes")));
    await post(delivery(textMessage("cancel")));
    expect(handlers.inbound.map((m) => m.text)).toEqual(["Yes", "cancel"]);
  });
});

describe("WhatsApp follow-up sends", () => {
  const now = Date.UTC(2026, 0, 15, 12, 0);
  const message = { to: shopper, text: "Your cart is waiting", templateParams: ["Trail Runner GTX", "https://edge.example/r/abc"], now };

  it("sends free text inside the 24-hour window and the approved template outside it", async () => {
    const inside = await sendWhatsAppFollowUp(whatsappSender(env), { ...message, lastInboundAt: now - 23 * 3600_000 });
    expect(inside).toMatchObject({ ok: true, value: { messageId: expect.stringMatching(/^wamid\./) } });
    const outside = await sendWhatsAppFollowUp(whatsappSender(env), { ...message, lastInboundAt: now - 25 * 3600_000 });
    const never = await sendWhatsAppFollowUp(whatsappSender(env), { ...message, lastInboundAt: null });
    expect(outside).toMatchObject({ ok: true, value: { status: "accepted" } });
    expect(never.ok).toBe(true);
    expect(fake.sent.map((s) => s.payload.type)).toEqual(["text", "template", "template"]);
    expect(fake.sent[1]?.payload.template).toEqual({
      name: "cart_reminder",
      language: { code: "en" },
      components: [{ type: "body", parameters: [{ type: "text", text: "Trail Runner GTX" }, { type: "text", text: "https://edge.example/r/abc" }] }],
    });
  });

  it("returns Graph API errors as values", async () => {
    const sent = await whatsappSender({ ...env, WHATSAPP_TOKEN: "expired" }).send({ to: shopper, text: "x" });
    expect(sent).toMatchObject({ ok: false, code: "provider_rejected", status: 401, provider: { error: { code: 190 } } });
  });
});
