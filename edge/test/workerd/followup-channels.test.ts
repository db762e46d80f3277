import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createHmac } from "node:crypto";
import twilio from "twilio";
import { channelsOf, followUpClient, textOf } from "../followup/support/follow-up-client.ts";
import { quickSite, shopAddress, startFollowUpStack, twilioAccount, whatsappAccount, type FollowUpStack } from "../followup/support/follow-up-stack.ts";
import { bodyOf } from "../routes/body-of.ts";

/**
 * Follow-up channels in the running edge (workerd): consent recorded by the page, STOP, SMS
 * through Twilio and WhatsApp through Meta (both fakes speak the providers' wire formats).
 */
let fx: FollowUpStack;
let api: ReturnType<typeof followUpClient>;
beforeAll(async () => {
  fx = await startFollowUpStack();
  api = followUpClient(fx);
});
afterAll(async () => {
  await fx?.stop();
});

describe("follow-up channels in workerd", () => {
  it("follows up on consent the page records (POST /v1/contact), and STOP cancels the later steps", async () => {
    await api.putSite(quickSite("followup-consent", fx.storeUrl, [{ channel: "email", delayMinutes: 0.02 }, { channel: "email", delayMinutes: 0.1 }]));
    const shopper = "cy@example.com";
    const { cartId } = await api.cartFor(null);
    const s = await api.openSession("followup-consent", cartId);
    const contact = (body: unknown) => api.contact(s, body);
    expect((await contact({ consent: { email: true } })).status).toBe(400);
    const saved = await contact({ email: shopper, consent: { email: true } });
    expect(await bodyOf(saved)).toEqual({ consent: { email: true, sms: false, whatsapp: false } });
    const storeCart = async () => bodyOf(await fetch(`${fx.storeUrl}/api/carts/${cartId}`, { headers: api.storeAuth }));
    expect((await storeCart()).customer).toMatchObject({ email: shopper, consent: { email: true } });

    await api.signal(s.token, "page_close");
    await fx.smtp.waitForMessage((m) => m.envelope.to.includes(shopper), 30_000);
    const stop = await api.inboundEmail({ from: shopper, to: shopAddress, subject: "Re: your cart", text: "STOP" });
    expect(await bodyOf(stop)).toEqual({ handled: "opt_out" });

    const after = await api.view(s);
    expect(after.consent.email).toBe(false);
    expect(after.followUps.nextAt).toBeNull();
    expect(after.followUps.steps).toMatchObject([{ stepIndex: 0, status: "sent" }]);
    expect((await storeCart()).customer.consent.email).toBe(false);
  });

  it("texts a follow-up by SMS and answers the shopper's SMS reply through Twilio", async () => {
    await api.putSite(quickSite("followup-sms", fx.storeUrl, [{ channel: "sms", delayMinutes: 0.02 }]));
    const phone = "+4915112345678";
    const { cartId, title } = await api.cartFor(null);
    const s = await api.openSession("followup-sms", cartId);
    const saved = await api.contact(s, { phone: "+49 151 1234 5678", consent: { sms: true } });
    expect(saved.status).toBe(200);
    await api.signal(s.token, "page_close");
    await vi.waitFor(() => expect(fx.twilio.sent.filter((m) => m.to === phone)).toHaveLength(1), { timeout: 30_000, interval: 200 });
    const [text] = fx.twilio.sent.filter((m) => m.to === phone);
    expect(text?.body).toContain(title);
    expect(text?.body).toMatch(new RegExp(`${fx.edgeUrl}/r/\\S+ Reply STOP`));
    expect(text?.statusCallback).toBe(`${fx.edgeUrl}/v1/channels/twilio/status`);

    const url = `${fx.edgeUrl}/v1/channels/twilio/inbound`;
    const params = { AccountSid: twilioAccount.sid, MessageSid: "SM" + "b".repeat(32), From: phone, To: twilioAccount.from, Body: "Can I return it if it doesn't fit?" };
    const post = (signature: string) =>
      fetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature }, body: new URLSearchParams(params) });
    expect((await post("bad-signature")).status).toBe(401);
    const res = await post(twilio.getExpectedTwilioSignature(twilioAccount.authToken, url, params));
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(fx.twilio.sent.filter((m) => m.to === phone)).toHaveLength(2), { timeout: 30_000, interval: 200 });
    const answer = fx.twilio.sent.filter((m) => m.to === phone)[1]?.body ?? "";
    const { messages } = await api.view(s);
    const last = messages.slice(-2);
    expect(channelsOf(last)).toEqual(["user:sms", "assistant:sms"]);
    expect(textOf(last[1]).trim()).toBe(answer.trim());
  });

  it("sends the approved WhatsApp template outside the 24-hour window, and answers a WhatsApp reply in free text", async () => {
    await api.putSite(quickSite("followup-wa", fx.storeUrl, [{ channel: "whatsapp", delayMinutes: 0.02 }]));
    const { cartId, title } = await api.cartFor(null);
    const s = await api.openSession("followup-wa", cartId);
    expect((await api.contact(s, { phone: "+4915199990000", consent: { whatsapp: true } })).status).toBe(200);
    await api.signal(s.token, "page_close");
    const toShopper = () => fx.whatsapp.sent.filter((m) => String(m.payload.to).endsWith("4915199990000"));
    await vi.waitFor(() => expect(toShopper()).toHaveLength(1), { timeout: 30_000, interval: 200 });
    const template = toShopper()[0]?.payload;
    expect(template).toMatchObject({ type: "template", template: { name: "cart_reminder" } });
    expect(JSON.stringify(template)).toContain(title);

    const hook = `${fx.edgeUrl}/v1/channels/whatsapp/webhook`;
    const challenge = await fetch(`${hook}?hub.mode=subscribe&hub.verify_token=${whatsappAccount.verifyToken}&hub.challenge=4242`);
    expect(await challenge.text()).toBe("4242");
    // Meta sends the number without "+": the contact index matches it to the saved +49… number.
    const message = { from: "4915199990000", id: "wamid.reply-1", timestamp: String(Math.floor(Date.now() / 1000)), type: "text", text: { body: "Is it waterproof?" } };
    const value = { messaging_product: "whatsapp", metadata: { display_phone_number: "15550783881", phone_number_id: whatsappAccount.phoneNumberId }, messages: [message] };
    const raw = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: "1", changes: [{ field: "messages", value }] }] });
    const post = (signature: string) => fetch(hook, { method: "POST", headers: { "Content-Type": "application/json", "X-Hub-Signature-256": signature }, body: raw });
    expect((await post("sha256=" + "0".repeat(64))).status).toBe(401);
    const res = await post(`sha256=${createHmac("sha256", whatsappAccount.appSecret).update(raw).digest("hex")}`);
    expect(await bodyOf(res)).toEqual({ received: { messages: 1, statuses: 0 } });
    await vi.waitFor(() => expect(toShopper()).toHaveLength(2), { timeout: 30_000, interval: 200 });
    expect(toShopper()[1]?.payload).toMatchObject({ type: "text", to: "4915199990000" });
    const { messages } = await api.view(s);
    expect(channelsOf(messages.slice(-2))).toEqual(["user:whatsapp", "assistant:whatsapp"]);
  });

});
