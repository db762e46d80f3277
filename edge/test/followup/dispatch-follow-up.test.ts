import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TwilioEnv, WhatsAppEnv } from "../../src/channels/channel-env.ts";
import { twilioSender } from "../../src/channels/twilio-client.ts";
import { whatsappSender } from "../../src/channels/whatsapp-client.ts";
import { composeFollowUp } from "../../src/followup/compose-follow-up.ts";
import { dispatchFollowUp, type FollowUpSenders } from "../../src/followup/dispatch-follow-up.ts";
import { startTwilioFake, type TwilioFake } from "../channels/fakes/twilio-fake.ts";
import { startWhatsAppFake, type WhatsAppFake } from "../channels/fakes/whatsapp-fake.ts";
import { testCart, testSite } from "./support/test-site.ts";

const resumeUrl = "https://edge.example/r/abc.def";
const now = Date.UTC(2026, 0, 15, 12, 0);
const context = { itemTitle: "Trail Runner GTX", resumeUrl, now };
const recipient = { email: "ana@example.com", phone: "+4915112345678" };
let twilio: TwilioFake;
let meta: WhatsAppFake;
let senders: FollowUpSenders;

beforeAll(async () => {
  twilio = await startTwilioFake("AC1", "tok");
  meta = await startWhatsAppFake("555", "wa-token");
  senders = {
    sms: twilioSender(TwilioEnv.parse({ TWILIO_API_URL: twilio.url, TWILIO_ACCOUNT_SID: "AC1", TWILIO_AUTH_TOKEN: "tok", TWILIO_FROM: "+15005550006" })),
    whatsapp: whatsappSender(
      WhatsAppEnv.parse({ WHATSAPP_API_URL: meta.url, WHATSAPP_TOKEN: "wa-token", WHATSAPP_PHONE_NUMBER_ID: "555", WHATSAPP_APP_SECRET: "s", WHATSAPP_VERIFY_TOKEN: "v" }),
    ),
  };
});
afterAll(async () => {
  await twilio?.close();
  await meta?.close();
});

function content(channel: "sms" | "whatsapp" | "email") {
  return composeFollowUp({ site: testSite(), cart: testCart(), objections: [], resumeUrl, channel, language: "en" });
}

describe("dispatching a composed follow-up", () => {
  it("texts the SMS through Twilio and returns its SID for the ledger", async () => {
    const sent = await dispatchFollowUp(content("sms"), recipient, senders, context);
    expect(sent).toEqual({ ok: true, value: { messageId: twilio.sent[0]?.sid } });
    expect(twilio.sent[0]).toMatchObject({ to: recipient.phone, body: content("sms").text });
  });

  it("uses the approved WhatsApp template outside the 24-hour window and free text inside it", async () => {
    await dispatchFollowUp(content("whatsapp"), recipient, senders, context);
    await dispatchFollowUp(content("whatsapp"), { ...recipient, lastWhatsAppInboundAt: now - 3600_000 }, senders, context);
    expect(meta.sent.map((s) => s.payload.type)).toEqual(["template", "text"]);
    expect(meta.sent[1]?.payload.text).toEqual({ preview_url: true, body: content("whatsapp").text });
  });

  it("reports a missing provider or address as a value the ledger records", async () => {
    expect(await dispatchFollowUp(content("email"), recipient, senders, context)).toMatchObject({ ok: false, code: "channel_not_configured" });
    expect(await dispatchFollowUp(content("sms"), { email: "a@b.co" }, senders, context)).toMatchObject({ ok: false, code: "no_address" });
  });
});
