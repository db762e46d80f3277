import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { followUpClient, headerOf, linkIn, replyToOf, textOf } from "../followup/support/follow-up-client.ts";
import { quickSite, shopAddress, shopPostalAddress, startFollowUpStack, twilioAccount, type FollowUpStack } from "../followup/support/follow-up-stack.ts";
import { bodyOf } from "../routes/body-of.ts";
import { readUiStream } from "../workerd/edge-fixture.ts";

/**
 * Consent, confirmation and reply routing in the running edge (workerd, real SMTP server, Twilio
 * fake): the attacks of the security review retried through the public API.
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

const mailsTo = (address: string) => fx.smtp.messages.filter((m) => m.envelope.to.includes(address));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("contact and consent in workerd", () => {
  it("'Please do NOT email me' records no consent and sends nothing", async () => {
    await api.putSite(quickSite("contact-refuse", fx.storeUrl, [{ channel: "email", delayMinutes: 0.02 }]));
    const address = "john.roe@example.com";
    const { cartId } = await api.cartFor(null);
    const s = await api.openSession("contact-refuse", cartId);
    await readUiStream(await api.chat(s, `Please do NOT email me. My email is ${address} for the invoice only`));
    await api.signal(s.token, "page_close");
    // The step falls due 1.2 s after the tab closed; nothing may go out.
    await pause(6000);
    expect((await api.view(s)).followUps.steps.filter((step: { status: string }) => step.status === "sent")).toEqual([]);
    expect((await api.view(s)).consent).toEqual({ email: false, sms: false, whatsapp: false });
    expect((await api.storeCustomer(cartId)).consent).toEqual({ email: false, sms: false, whatsapp: false });
    expect(mailsTo(address)).toHaveLength(0);
  }, 120_000);

  it("sends an unverified address only the confirmation; the follow-up comes after the click, compliant, and unsubscribing stops the next step", async () => {
    const steps = [{ channel: "email" as const, delayMinutes: 0.25 }, { channel: "email" as const, delayMinutes: 0.5 }];
    await api.putSite(quickSite("contact-confirm", fx.storeUrl, steps));
    const address = "cy@example.com";
    const { cartId, title } = await api.cartFor(null);
    const s = await api.openSession("contact-confirm", cartId);
    const saved = await api.contact(s, { email: address, consent: { email: true } });
    expect(await bodyOf(saved)).toMatchObject({
      consent: { email: true },
      contact: { email: { address, verified: false } },
      confirmation: { email: "sent" },
    });
    const confirmation = await fx.smtp.waitForMessage((m) => m.envelope.to.includes(address), 30_000);
    expect(confirmation.parsed.subject).toMatch(/^Please confirm/);
    expect(confirmation.parsed.text).not.toContain(title);
    // Consent waits for the confirmation: the store's cart has none yet.
    expect((await api.storeCustomer(cartId)).consent.email).toBe(false);
    // Asking again sends no second confirmation.
    expect(await bodyOf(await api.contact(s, { email: address, consent: { email: true } }))).toMatchObject({ confirmation: { email: "already_sent" } });
    await api.signal(s.token, "page_close");
    await pause(4000);
    expect(mailsTo(address)).toHaveLength(1);

    const confirm = linkIn(confirmation, "/v1/contact/confirm/");
    expect(confirm.startsWith(fx.edgeUrl)).toBe(true);
    // A tampered signature (a character inside it: the last one of base64url may carry only padding bits).
    const tampered = `${confirm.slice(0, -10)}${confirm.at(-10) === "A" ? "B" : "A"}${confirm.slice(-9)}`;
    expect((await fetch(tampered)).status).toBe(400);
    const shown = await fetch(confirm);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('method="post"');
    // Opening the link (or a mail scanner opening it) confirms nothing; the button does.
    expect(await bodyOf(await api.contact(s, { consent: {} }))).toMatchObject({ contact: { email: { address, verified: false } } });
    const clicked = await fetch(confirm, { method: "POST" });
    expect(clicked.status).toBe(200);
    expect(await clicked.text()).toContain("confirmed");
    expect(await bodyOf(await api.contact(s, { consent: {} }))).toMatchObject({ contact: { email: { address, verified: true } } });
    expect((await api.storeCustomer(cartId)).consent.email).toBe(true);

    const followUp = await fx.smtp.waitForMessage((m) => m.envelope.to.includes(address) && (m.parsed.subject ?? "").includes(title), 60_000);
    const unsubscribe = linkIn(followUp, "/v1/unsubscribe/");
    expect(unsubscribe.startsWith(`${fx.edgeUrl}/v1/unsubscribe/`)).toBe(true);
    expect(followUp.parsed.html || "").toContain(`href="${unsubscribe}"`);
    expect(headerOf(followUp, "list-unsubscribe")).toBe(`<mailto:${replyToOf(followUp)}?subject=unsubscribe>, <${unsubscribe}>`);
    expect(headerOf(followUp, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(replyToOf(followUp)).toMatch(/^reply\+[0-9a-f]{32}@cart-saver\.test$/);
    expect(followUp.parsed.text).toContain(`Follow-up test store · ${shopPostalAddress}`);
    expect(followUp.parsed.html || "").toContain(shopPostalAddress);

    const page = await fetch(unsubscribe);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('method="post"');
    expect((await api.view(s)).followUps.steps).toMatchObject([{ stepIndex: 0, status: "sent" }]);
    const oneClick = await fetch(unsubscribe, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(oneClick.status).toBe(200);
    const after = await api.view(s);
    expect(after.consent.email).toBe(false);
    expect(after.followUps.nextAt).toBeNull();
    await pause(20_000);
    expect((await api.view(s)).followUps.steps).toMatchObject([{ stepIndex: 0, status: "sent" }]);
    expect(mailsTo(address)).toHaveLength(2);
  }, 120_000);

  it("routes a victim's reply by what was sent: two sessions register one address, the reply lands only where its In-Reply-To or reply token points", async () => {
    await api.putSite(quickSite("contact-hijack", fx.storeUrl, []));
    const victim = "vera@example.org";
    const victimSession = await api.openSession("contact-hijack", (await api.cartFor(null)).cartId);
    const attackerSession = await api.openSession("contact-hijack", (await api.cartFor(null)).cartId);
    expect((await api.contact(victimSession, { email: victim, consent: { email: true } })).status).toBe(200);
    const toVictim = await fx.smtp.waitForMessage((m) => m.envelope.to.includes(victim), 30_000);
    expect(await bodyOf(await api.contact(attackerSession, { email: victim, consent: { email: true } }))).toMatchObject({ confirmation: { email: "sent" } });
    await vi.waitFor(() => expect(mailsTo(victim)).toHaveLength(2), { timeout: 30_000, interval: 200 });

    const secretText = "Ship to 12 Secret Street please, my number is +4915112345678";
    const reply = { from: `Vera <${victim}>`, to: shopAddress, subject: `Re: ${toVictim.parsed.subject}`, text: secretText, inReplyTo: toVictim.parsed.messageId, messageId: "<vera-1@example.org>" };
    expect(await bodyOf(await api.inboundEmail(reply))).toMatchObject({ handled: "replied" });
    const transcript = async (s: typeof victimSession) => (await api.view(s)).messages.map(textOf).join("\n");
    expect(await transcript(victimSession)).toContain(secretText);
    expect(await transcript(attackerSession)).not.toContain(secretText);

    const byToken = { ...reply, to: replyToOf(toVictim), inReplyTo: undefined, text: "By token: is it waterproof?", messageId: "<vera-2@example.org>" };
    expect(await bodyOf(await api.inboundEmail(byToken))).toMatchObject({ handled: "replied" });
    expect(await transcript(victimSession)).toContain("By token: is it waterproof?");
    // Someone else holding the token cannot write into the session.
    const forged = { ...byToken, from: "eve@evil.example", text: "Eve writes in", messageId: "<eve-1@evil.example>" };
    expect(await bodyOf(await api.inboundEmail(forged))).toMatchObject({ handled: "no_reply" });
    // A reply that matches no send goes nowhere.
    const stray = { from: victim, to: shopAddress, subject: "hello", text: "Stray message", messageId: "<vera-3@example.org>" };
    expect(await bodyOf(await api.inboundEmail(stray))).toMatchObject({ handled: "no_reply" });
    for (const s of [victimSession, attackerSession]) {
      const text = await transcript(s);
      expect(text).not.toContain("Eve writes in");
      expect(text).not.toContain("Stray message");
    }
    expect((await api.inboundEmail({ ...reply, subject: "hi\r\nBcc: spy@evil.example" })).status).toBe(400);
    expect((await api.inboundEmail({ ...reply, messageId: "<x@y>\r\nBcc: spy@evil.example" })).status).toBe(400);

    // At most 3 confirmations per address in 24 hours, across sessions.
    const third = await api.openSession("contact-hijack", (await api.cartFor(null)).cartId);
    const fourth = await api.openSession("contact-hijack", (await api.cartFor(null)).cartId);
    expect(await bodyOf(await api.contact(third, { email: victim, consent: { email: true } }))).toMatchObject({ confirmation: { email: "sent" } });
    expect(await bodyOf(await api.contact(fourth, { email: victim, consent: { email: true } }))).toMatchObject({ confirmation: { email: "send_cap_reached" } });
  }, 120_000);

  it("refuses numbers outside the site's countries (store shipping countries by default) and confirms a number by YES", async () => {
    await api.putSite(quickSite("contact-phone", fx.storeUrl, []));
    const s = await api.openSession("contact-phone", (await api.cartFor(null)).cartId);
    for (const phone of ["+18765551234", "+23276000003"]) {
      const refused = await api.contact(s, { phone, consent: { sms: true } });
      expect(refused.status).toBe(422);
      expect(await bodyOf(refused)).toMatchObject({ error: { code: "phone_country_not_allowed" } });
    }
    expect(fx.twilio.sent.filter((m) => m.to === "+18765551234" || m.to === "+23276000003")).toHaveLength(0);

    const phone = "+12125550142";
    expect(await bodyOf(await api.contact(s, { phone, consent: { sms: true } }))).toMatchObject({ contact: { phone: { address: phone, verified: false } }, confirmation: { phone: "sent" } });
    await vi.waitFor(() => expect(fx.twilio.sent.filter((m) => m.to === phone)).toHaveLength(1), { timeout: 30_000, interval: 200 });
    expect(fx.twilio.sent.find((m) => m.to === phone)?.body).toMatch(/reply YES/);
    const yes = await api.twilioInbound({ AccountSid: twilioAccount.sid, MessageSid: "SM" + "c".repeat(32), From: phone, To: twilioAccount.from, Body: "Yes" });
    expect(yes.status).toBe(200);
    await vi.waitFor(() => expect(fx.twilio.sent.filter((m) => m.to === phone)).toHaveLength(2), { timeout: 30_000, interval: 200 });
    expect(fx.twilio.sent.filter((m) => m.to === phone)[1]?.body).toMatch(/confirmed/);
    expect(await bodyOf(await api.contact(s, { consent: {} }))).toMatchObject({ contact: { phone: { address: phone, verified: true } } });
  }, 120_000);
});
