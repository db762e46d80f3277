import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import twilio from "twilio";
import { TwilioEnv } from "../../src/channels/channel-env.ts";
import { twilioRoutes } from "../../src/channels/twilio-routes.ts";
import { twilioSender } from "../../src/channels/twilio-client.ts";
import { startTwilioFake, type TwilioFake } from "./fakes/twilio-fake.ts";
import { recordingHandlers, type RecordingHandlers } from "./support/recording-handlers.ts";

const accountSid = "AC0123456789abcdef0123456789abcdef";
const authToken = "twilio-test-auth-token";
const shopper = "+4915112345678";
const ours = "+15005550006";
const inboundUrl = "http://edge.test/v1/channels/twilio/inbound";
let fake: TwilioFake;
let handlers: RecordingHandlers;
let app: Hono;

beforeAll(async () => {
  fake = await startTwilioFake(accountSid, authToken);
});
afterAll(() => fake?.close());
beforeEach(() => {
  fake.sent.length = 0;
  handlers = recordingHandlers((m) => `You can return it within 30 days (you said: ${m.text})`);
  const env = TwilioEnv.parse({ TWILIO_API_URL: fake.url, TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: ours });
  app = new Hono().route("/", twilioRoutes(() => ({ ...handlers, env, sender: twilioSender(env) })));
});

function inboundParams(body: string, extra: Record<string, string> = {}): Record<string, string> {
  return { AccountSid: accountSid, MessageSid: "SM" + "a".repeat(32), From: shopper, To: ours, Body: body, NumMedia: "0", ...extra };
}

function post(url: string, params: Record<string, string>, signature = twilio.getExpectedTwilioSignature(authToken, url, params)) {
  return app.request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
    body: new URLSearchParams(params).toString(),
  });
}

describe("Twilio inbound SMS webhook", () => {
  it("hands a signed SMS to the agent and texts the answer back through Twilio", async () => {
    const res = await post(inboundUrl, inboundParams("Can I return them?"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/xml");
    expect(await res.text()).toContain("<Response></Response>");
    expect(handlers.inbound).toMatchObject([{ channel: "sms", from: shopper, to: ours, text: "Can I return them?", providerMessageId: "SM" + "a".repeat(32) }]);
    expect(fake.sent).toMatchObject([{ to: shopper, from: ours, body: "You can return it within 30 days (you said: Can I return them?)" }]);
  });

  it("answers Twilio at once and finishes a slow agent turn in the background when given waitUntil", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const background: Promise<unknown>[] = [];
    const env = TwilioEnv.parse({ TWILIO_API_URL: fake.url, TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: ours });
    const slow = { ...handlers, onInbound: async () => (await gate, { text: "Here is my answer" }) };
    app = new Hono().route("/", twilioRoutes(() => ({ ...slow, env, sender: twilioSender(env), waitUntil: (work) => void background.push(work) })));
    const res = await post(inboundUrl, inboundParams("Is it waterproof?"));
    expect(res.status).toBe(200);
    expect(fake.sent).toHaveLength(0);
    release();
    await Promise.all(background);
    expect(fake.sent).toMatchObject([{ to: shopper, body: "Here is my answer" }]);
  });

  it("answers a bad or missing signature with 401 and stores nothing", async () => {
    const params = inboundParams("hello");
    const forged = twilio.getExpectedTwilioSignature("someone-elses-token", inboundUrl, params);
    expect((await post(inboundUrl, params, forged)).status).toBe(401);
    const tampered = await app.request(inboundUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": twilio.getExpectedTwilioSignature(authToken, inboundUrl, params) },
      body: new URLSearchParams({ ...params, Body: "STOP" }).toString(),
    });
    expect(tampered.status).toBe(401);
    expect(await tampered.json()).toMatchObject({ error: { code: "invalid_signature" } });
    expect((await post(inboundUrl, params, "")).status).toBe(401);
    expect(handlers.total()).toBe(0);
    expect(fake.sent).toHaveLength(0);
  });

  it("checks the signature against the public URL Twilio called when the worker sits behind a proxy", async () => {
    const env = TwilioEnv.parse({ TWILIO_API_URL: fake.url, TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: ours });
    app = new Hono().route("/", twilioRoutes(() => ({ ...handlers, env, sender: twilioSender(env), publicOrigin: "https://carts.example.com" })));
    const params = inboundParams("hello");
    const signedForPublic = twilio.getExpectedTwilioSignature(authToken, "https://carts.example.com/v1/channels/twilio/inbound", params);
    expect((await post(inboundUrl, params, signedForPublic)).status).toBe(200);
    expect((await post(inboundUrl, params)).status).toBe(401);
  });

  it("rejects a signed but malformed payload with 400", async () => {
    const { From: _from, ...missingFrom } = inboundParams("hi");
    const res = await post(inboundUrl, missingFrom);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_request" } });
    expect(handlers.total()).toBe(0);
  });

  it("records STOP and START (any case) without calling the agent or texting back", async () => {
    await post(inboundUrl, inboundParams("STOP"));
    await post(inboundUrl, inboundParams(" stop "));
    await post(inboundUrl, inboundParams("Unstop"));
    await post(inboundUrl, inboundParams("START"));
    expect(handlers.optOuts).toEqual([{ channel: "sms", from: shopper }, { channel: "sms", from: shopper }]);
    expect(handlers.optIns).toEqual([{ channel: "sms", from: shopper }, { channel: "sms", from: shopper }]);
    expect(handlers.inbound).toHaveLength(0);
    expect(fake.sent).toHaveLength(0);
    await post(inboundUrl, inboundParams("please don't stop the offer"));
    expect(handlers.inbound).toHaveLength(1);
  });

  it("records delivery status callbacks", async () => {
    const url = "http://edge.test/v1/channels/twilio/status";
    const res = await post(url, { AccountSid: accountSid, MessageSid: "SMfeed", MessageStatus: "undelivered", To: shopper, ErrorCode: "30003" });
    expect(res.status).toBe(204);
    expect(handlers.statuses).toMatchObject([{ channel: "sms", providerMessageId: "SMfeed", status: "undelivered", recipient: shopper, errorCode: "30003" }]);
  });
});

describe("Twilio REST client", () => {
  it("sends an SMS and returns Twilio's message SID and status", async () => {
    const env = TwilioEnv.parse({ TWILIO_API_URL: fake.url, TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: ours });
    const sent = await twilioSender(env, "https://edge.example/v1/channels/twilio/status").send({ to: shopper, text: "Your cart is waiting" });
    expect(sent).toMatchObject({ ok: true, value: { messageId: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: "queued" } });
    expect(fake.sent).toMatchObject([{ to: shopper, body: "Your cart is waiting", statusCallback: "https://edge.example/v1/channels/twilio/status" }]);
  });

  it("turns Twilio's errors into values", async () => {
    const base = { TWILIO_API_URL: fake.url, TWILIO_ACCOUNT_SID: accountSid, TWILIO_FROM: ours };
    const badAuth = await twilioSender(TwilioEnv.parse({ ...base, TWILIO_AUTH_TOKEN: "wrong" })).send({ to: shopper, text: "x" });
    expect(badAuth).toMatchObject({ ok: false, code: "provider_rejected", status: 401, provider: { code: 20003 } });
    const badNumber = await twilioSender(TwilioEnv.parse({ ...base, TWILIO_AUTH_TOKEN: authToken })).send({ to: "12", text: "x" });
    expect(badNumber).toMatchObject({ ok: false, code: "provider_rejected", provider: { code: 21211 } });
    const down = await twilioSender(TwilioEnv.parse({ ...base, TWILIO_API_URL: "http://127.0.0.1:1", TWILIO_AUTH_TOKEN: authToken })).send({ to: shopper, text: "x" });
    expect(down).toMatchObject({ ok: false, code: "provider_unavailable" });
  });
});
