import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { channelsOf, followUpClient, linkIn, replyToOf, textOf } from "../followup/support/follow-up-client.ts";
import { quickSite, startFollowUpStack, twilioAccount, whatsappAccount, type FollowUpStack } from "../followup/support/follow-up-stack.ts";
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
  it("follows up on consent the page records (POST /v1/contact) once confirmed, and a STOP reply cancels the later steps", async () => {
    await api.putSite(quickSite("followup-consent", fx.storeUrl, [{ channel: "email", delayMinutes: 0.02 }, { channel: "email", delayMinutes: 0.1 }]));
    const shopper = "cy@example.com";
    const { cartId } = await api.cartFor(null);
    const s = await api.openSession("followup-consent", cartId);
    const contact = (body: unknown) => api.contact(s, body);
    expect((await contact({ consent: { email: true } })).status).toBe(400);
    const saved = await contact({ email: shopper, consent: { email: true } });
    expect(await bodyOf(saved)).toEqual({
      consent: { email: true, sms: false, whatsapp: false },
      contact: { email: { address: shopper, verified: false } },
      confirmation: { email: "sent" },
    });
    const confirmation = await fx.smtp.waitForMessage((m) => m.envelope.to.includes(shopper), 30_000);
    expect((await fetch(linkIn(confirmation, "/v1/contact/confirm/"), { method: "POST" })).status).toBe(200);
    expect(await api.storeCustomer(cartId)).toMatchObject({ email: shopper, consent: { email: true } });

    await api.signal(s.token, "page_close");
    const followUp = await fx.smtp.waitForMessage((m) => m.envelope.to.includes(shopper) && !(m.parsed.subject ?? "").startsWith("Please confirm"), 30_000);
    const stop = await api.inboundEmail({ from: shopper, to: replyToOf(followUp), subject: "Re: your cart", text: "STOP" });
    expect(await bodyOf(stop)).toEqual({ handled: "opt_out" });

    const after = await api.view(s);
    expect(after.consent.email).toBe(false);
    expect(after.followUps.nextAt).toBeNull();
    expect(after.followUps.steps).toMatchObject([{ stepIndex: 0, status: "sent" }]);
    expect((await api.storeCustomer(cartId)).consent.email).toBe(false);
  });

  it("texts a follow-up by SMS once the number is confirmed by YES, and answers the shopper's SMS reply through Twilio", async () => {
    await api.putSite(quickSite("followup-sms", fx.storeUrl, [{ channel: "sms", delayMinutes: 0.02 }]));
    const phone = "+4915112345678";
    const { cartId, title } = await api.cartFor(null);
    const s = await api.openSession("followup-sms", cartId);
    const saved = await api.contact(s, { phone: "+49 151 1234 5678", consent: { sms: true } });
    expect(await bodyOf(saved)).toMatchObject({ confirmation: { phone: "sent" } });
    const toShopper = () => fx.twilio.sent.filter((m) => m.to === phone);
    await vi.waitFor(() => expect(toShopper()).toHaveLength(1), { timeout: 30_000, interval: 200 });
    const sms = (sid: string, Body: string) => ({ AccountSid: twilioAccount.sid, MessageSid: sid, From: phone, To: twilioAccount.from, Body });
    expect((await api.twilioInbound(sms("SM" + "a".repeat(32), "YES"))).status).toBe(200);
    await vi.waitFor(() => expect(toShopper()).toHaveLength(2), { timeout: 30_000, interval: 200 });

    await api.signal(s.token, "page_close");
    await vi.waitFor(() => expect(toShopper()).toHaveLength(3), { timeout: 30_000, interval: 200 });
    const text = toShopper()[2];
    expect(text?.body).toContain(title);
    expect(text?.body).toMatch(new RegExp(`${fx.edgeUrl}/r/\\S+ Reply STOP`));
    expect(text?.statusCallback).toBe(`${fx.edgeUrl}/v1/channels/twilio/status`);

    const url = `${fx.edgeUrl}/v1/channels/twilio/inbound`;
    const params = sms("SM" + "b".repeat(32), "Can I return it if it doesn't fit?");
    const forged = await fetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "bad-signature" }, body: new URLSearchParams(params) });
    expect(forged.status).toBe(401);
    expect((await api.twilioInbound(params)).status).toBe(200);
    await vi.waitFor(() => expect(toShopper()).toHaveLength(4), { timeout: 30_000, interval: 200 });
    const answer = toShopper()[3]?.body ?? "";
    const { messages } = await api.view(s);
    const last = messages.slice(-2);
    expect(channelsOf(last)).toEqual(["user:sms", "assistant:sms"]);
    expect(textOf(last[1]).trim()).toBe(answer.trim());
  });

  it("confirms a WhatsApp number by a YES to the confirmation, sends the approved template outside the 24-hour window, and answers a reply in free text", async () => {
    await api.putSite(quickSite("followup-wa", fx.storeUrl, [{ channel: "whatsapp", delayMinutes: 0.02 }]));
    const { cartId, title } = await api.cartFor(null);
    const s = await api.openSession("followup-wa", cartId);
    expect((await api.contact(s, { phone: "+4915199990000", consent: { whatsapp: true } })).status).toBe(200);
    const toShopper = () => fx.whatsapp.sent.filter((m) => String(m.payload.to).endsWith("4915199990000"));
    await vi.waitFor(() => expect(toShopper()).toHaveLength(1), { timeout: 30_000, interval: 200 });
    const confirmation = toShopper()[0];
    const now = () => String(Math.floor(Date.now() / 1000));
    // Meta sends the number without "+"; the reply quotes our confirmation (context.id).
    const yes = { from: "4915199990000", id: "wamid.yes-1", timestamp: now(), type: "text", text: { body: "JA" }, context: { id: confirmation?.id } };
    expect(await bodyOf(await api.whatsappInbound(yes))).toEqual({ received: { messages: 1, statuses: 0 } });
    await vi.waitFor(() => expect(toShopper()).toHaveLength(2), { timeout: 30_000, interval: 200 });

    await api.signal(s.token, "page_close");
    await vi.waitFor(() => expect(toShopper()).toHaveLength(3), { timeout: 30_000, interval: 200 });
    const template = toShopper()[2]?.payload;
    expect(template).toMatchObject({ type: "template", template: { name: "cart_reminder" } });
    expect(JSON.stringify(template)).toContain(title);

    const hook = `${fx.edgeUrl}/v1/channels/whatsapp/webhook`;
    const challenge = await fetch(`${hook}?hub.mode=subscribe&hub.verify_token=${whatsappAccount.verifyToken}&hub.challenge=4242`);
    expect(await challenge.text()).toBe("4242");
    const forged = await fetch(hook, { method: "POST", headers: { "Content-Type": "application/json", "X-Hub-Signature-256": "sha256=" + "0".repeat(64) }, body: "{}" });
    expect(forged.status).toBe(401);
    const message = { from: "4915199990000", id: "wamid.reply-1", timestamp: now(), type: "text", text: { body: "Is it waterproof?" } };
    expect(await bodyOf(await api.whatsappInbound(message))).toEqual({ received: { messages: 1, statuses: 0 } });
    await vi.waitFor(() => expect(toShopper()).toHaveLength(4), { timeout: 30_000, interval: 200 });
    expect(toShopper()[3]?.payload).toMatchObject({ type: "text", to: "4915199990000" });
    const { messages } = await api.view(s);
    expect(channelsOf(messages.slice(-2))).toEqual(["user:whatsapp", "assistant:whatsapp"]);
  });
});
