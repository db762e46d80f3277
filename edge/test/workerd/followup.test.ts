import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makePersona } from "../../../scripts/simulate/personas.ts";
import { seeded } from "../../../scripts/simulate/prng.ts";
import { storeClient } from "../../../scripts/simulate/store-client.ts";
import { channelsOf, followUpClient, textOf } from "../followup/support/follow-up-client.ts";
import { quickSite, shopAddress, startFollowUpStack, type FollowUpStack } from "../followup/support/follow-up-stack.ts";
import { bodyOf } from "../routes/body-of.ts";
import { readUiStream } from "./edge-fixture.ts";

/**
 * Follow-ups in the running edge (workerd): the Session Durable Object's alarm sends a real email
 * over SMTP, its resume link restores the cart, an emailed reply is answered by the agent, and a
 * placed order cancels what is still pending.
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

describe("follow-ups in workerd", () => {
  const email = "ada@example.com";
  let session: { sessionId: string; token: string };
  let subject = "";
  let followUpId = "";

  it("emails an abandoned cart with consent exactly once, naming the product, with a resume link that restores the cart", async () => {
    await api.putSite(quickSite("followup", fx.storeUrl, [{ channel: "email", delayMinutes: 0.02 }]));
    const { cartId, title } = await api.cartFor(email);
    session = await api.openSession("followup", cartId);
    const chat = await fetch(`${fx.edgeUrl}/v1/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ sessionId: session.sessionId, message: { id: "w1", role: "user", parts: [{ type: "text", text: "How much is shipping to Germany?" }] } }),
    });
    expect((await readUiStream(chat)).text).not.toBe("");
    expect((await api.signal(session.token, "page_close")).status).toBe(202);

    const mail = await fx.smtp.waitForMessage((m) => m.envelope.to.includes(email), 30_000);
    subject = mail.parsed.subject ?? "";
    followUpId = mail.parsed.messageId ?? "";
    expect(subject).toContain(title);
    expect(mail.parsed.text).toContain(title);
    expect(mail.parsed.html || "").toContain(title);
    expect(mail.parsed.text).toMatch(/reply STOP/i);
    // The shipping question from the chat is answered from the store's rates.
    expect(mail.parsed.text).toMatch(/Shipping \(.+\) is free for your cart\.|Shipping starts at/);
    // A second alarm (the tab is reported hidden again) must not send the step again.
    expect((await api.signal(session.token, "tab_hidden")).status).toBe(202);

    const link = mail.parsed.text?.match(/https?:\/\/\S+\/r\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/)?.[0];
    expect(link?.startsWith(fx.edgeUrl)).toBe(true);
    const resumed = await fetch(link ?? "", { redirect: "manual" });
    expect(resumed.status).toBe(302);
    const checkout = resumed.headers.get("Location") ?? "";
    expect(checkout.startsWith(fx.storeUrl)).toBe(true);
    const restored = await fetch(checkout, { redirect: "manual" });
    expect(restored.status).toBe(303);
    expect(restored.headers.get("Set-Cookie")).toMatch(/cart_id=/);

    const after = await api.view(session);
    expect(after.followUps.steps).toMatchObject([{ stepIndex: 0, channel: "email", status: "sent" }]);
    expect(after.signals.last).toBe("checkout_link_clicked");
    const sent = after.messages.filter((m: { metadata?: { followUpStep?: number } }) => m.metadata?.followUpStep === 0);
    expect(sent).toHaveLength(1);
    expect(sent[0].metadata.channel).toBe("email");
  });

  it("answers an emailed reply by email and keeps it in the session's transcript beside the widget chat", async () => {
    // The store's own checkout consent counts as verified; the reply threads to our follow-up.
    const reply = {
      from: `Ada <${email}>`,
      to: shopAddress,
      subject: `Re: ${subject}`,
      text: "How long does delivery to Germany take?\n\nOn Mon, Cart Saver wrote:\n> old",
      messageId: "<reply-1@example.com>",
      inReplyTo: followUpId,
    };
    expect((await api.inboundEmail(reply, "wrong-secret-wrong-secret")).status).toBe(401);
    expect((await api.inboundEmail("{not json")).status).toBe(400);
    expect((await api.inboundEmail({ from: "not an address", text: "hi" })).status).toBe(400);

    const res = await api.inboundEmail(reply);
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toMatchObject({ handled: "replied" });
    const answer = await fx.smtp.waitForMessage((m) => m.envelope.to.includes(email) && (m.parsed.subject ?? "").startsWith("Re:"));
    expect(answer.parsed.inReplyTo).toBe("<reply-1@example.com>");
    expect((answer.parsed.text ?? "").trim()).not.toBe("");

    // The provider redelivers: no second answer.
    expect(await bodyOf(await api.inboundEmail(reply))).toMatchObject({ handled: "no_reply" });

    const { messages } = await api.view(session);
    const channels = channelsOf(messages);
    expect(channels.slice(0, 2)).toEqual(["user:widget", "assistant:widget"]);
    expect(channels.slice(-3)).toEqual(["assistant:email", "user:email", "assistant:email"]);
    expect(textOf(messages.at(-2))).toBe("How long does delivery to Germany take?");
    expect(textOf(messages.at(-1)).trim()).toBe((answer.parsed.text ?? "").trim());
    const followUps = fx.smtp.messages.filter((m) => m.envelope.to.includes(email) && m.parsed.subject === subject);
    expect(followUps).toHaveLength(1);
  });

  it("never schedules a follow-up for a holdout session", async () => {
    await api.putSite({ ...quickSite("followup-holdout", fx.storeUrl, [{ channel: "email", delayMinutes: 0.02 }]), holdoutPercent: 100 });
    const { cartId } = await api.cartFor("dee@example.com");
    const s = await api.openSession("followup-holdout", cartId);
    expect((await api.signal(s.token, "page_close")).status).toBe(202);
    const held = await api.view(s);
    expect(held.group).toBe("holdout");
    expect(held.followUps).toEqual({ nextAt: null, steps: [] });
  });

  it("cancels pending steps once the cart is ordered", async () => {
    await api.putSite(quickSite("followup-order", fx.storeUrl, [{ channel: "email", delayMinutes: 0.02 }, { channel: "email", delayMinutes: 0.1 }]));
    const buyer = "bob@example.com";
    const { cartId } = await api.cartFor(buyer);
    const s = await api.openSession("followup-order", cartId);
    await api.signal(s.token, "page_close");
    await fx.smtp.waitForMessage((m) => m.envelope.to.includes(buyer), 30_000);

    const persona = { ...makePersona(seeded(1), 1, 1), email: buyer, country: "DE" as const };
    await storeClient(fx.storeUrl, "dev-store-token").checkout(cartId, persona, s.sessionId);
    // The order webhook or, without it, the next alarm (it reads the cart) closes the session.
    await vi.waitFor(async () => expect((await api.view(s)).state).toBe("recovered"), { timeout: 30_000, interval: 250 });
    const closed = await api.view(s);
    expect(closed.followUps.nextAt).toBeNull();
    expect(closed.followUps.steps).toMatchObject([{ stepIndex: 0, status: "sent" }]);
    expect(fx.smtp.messages.filter((m) => m.envelope.to.includes(buyer))).toHaveLength(1);
  });
});
