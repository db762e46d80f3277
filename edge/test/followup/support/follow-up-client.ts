import { expect } from "vitest";
import { bodyOf } from "../../routes/body-of.ts";
import { createHmac } from "node:crypto";
import twilio from "twilio";
import type { ReceivedMail } from "../../../../scripts/lib/smtp-server.ts";
import { inboundSecret, twilioAccount, whatsappAccount, type FollowUpStack, type quickSite } from "./follow-up-stack.ts";

/** The calls the follow-up workerd tests make: admin, store, shopper API and channel webhooks. */
export type SessionRef = { sessionId: string; token: string };

export function followUpClient(fx: FollowUpStack) {
  const admin = { Authorization: "Bearer dev-admin-token", "Content-Type": "application/json" };
  const storeAuth = { Authorization: "Bearer dev-store-token", "Content-Type": "application/json" };

  async function putSite(site: ReturnType<typeof quickSite>) {
    const res = await fetch(`${fx.edgeUrl}/v1/admin/sites/${site.siteId}`, { method: "PUT", headers: admin, body: JSON.stringify(site) });
    expect(res.status).toBe(200);
  }

  async function cartFor(email: string | null) {
    const { products } = await bodyOf(await fetch(`${fx.storeUrl}/api/products?limit=20`, { headers: storeAuth }));
    const variant = products.flatMap((p: { variants: { id: string; inventory: number }[] }) => p.variants).find((v: { inventory: number }) => v.inventory > 2);
    const customer = email ? { customer: { email, country: "DE", consent: { email: true } } } : {};
    const res = await fetch(`${fx.storeUrl}/api/carts`, { method: "POST", headers: storeAuth, body: JSON.stringify({ lines: [{ variantId: variant.id, quantity: 1 }], ...customer }) });
    expect(res.status).toBe(201);
    const cart = await bodyOf(res);
    return { cartId: String(cart.id), title: String(cart.lines[0].title) };
  }

  async function openSession(siteId: string, cartId: string): Promise<SessionRef> {
    const res = await fetch(`${fx.edgeUrl}/v1/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: fx.storeUrl },
      body: JSON.stringify({ siteId, cartId, visitorId: `v-${cartId}` }),
    });
    expect(res.status).toBe(200);
    return bodyOf(res);
  }

  const signal = (token: string, type: string) =>
    fetch(`${fx.edgeUrl}/v1/signals`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: JSON.stringify({ token, type }) });

  async function view(s: SessionRef) {
    const res = await fetch(`${fx.edgeUrl}/v1/sessions/${s.sessionId}`, { headers: { Authorization: `Bearer ${s.token}` } });
    expect(res.status).toBe(200);
    return bodyOf(res);
  }

  const inboundEmail = (body: unknown, secret = inboundSecret) =>
    fetch(`${fx.edgeUrl}/v1/channels/email/inbound`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Inbound-Secret": secret },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });


  const contact = (s: SessionRef, payload: unknown) =>
    fetch(`${fx.edgeUrl}/v1/contact`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${s.token}` }, body: JSON.stringify(payload) });

  const chat = (s: SessionRef, text: string) =>
    fetch(`${fx.edgeUrl}/v1/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${s.token}` },
      body: JSON.stringify({ sessionId: s.sessionId, message: { id: `w-${Date.now()}`, role: "user", parts: [{ type: "text", text }] } }),
    });

  async function storeCustomer(cartId: string) {
    return (await bodyOf(await fetch(`${fx.storeUrl}/api/carts/${cartId}`, { headers: storeAuth }))).customer;
  }

  /** A signed Twilio webhook (the official helper computes X-Twilio-Signature). */
  const twilioInbound = (params: Record<string, string>) => {
    const url = `${fx.edgeUrl}/v1/channels/twilio/inbound`;
    const signature = twilio.getExpectedTwilioSignature(twilioAccount.authToken, url, params);
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature }, body: new URLSearchParams(params) });
  };

  /** A signed Meta webhook carrying one text message. */
  const whatsappInbound = (message: Record<string, unknown>) => {
    const value = { messaging_product: "whatsapp", metadata: { display_phone_number: "15550783881", phone_number_id: whatsappAccount.phoneNumberId }, messages: [message] };
    const raw = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: "1", changes: [{ field: "messages", value }] }] });
    const signature = `sha256=${createHmac("sha256", whatsappAccount.appSecret).update(raw).digest("hex")}`;
    return fetch(`${fx.edgeUrl}/v1/channels/whatsapp/webhook`, { method: "POST", headers: { "Content-Type": "application/json", "X-Hub-Signature-256": signature }, body: raw });
  };

  return { storeAuth, putSite, cartFor, openSession, signal, view, inboundEmail, contact, chat, storeCustomer, twilioInbound, whatsappInbound };
}

export const textOf = (message: { parts: { type: string; text?: string }[] }) => message.parts.map((p) => p.text ?? "").join("");

/** "role:channel" per message, widget when a message carries no channel. */
export const channelsOf = (messages: { role: string; metadata?: { channel?: string } }[]) => messages.map((m) => `${m.role}:${m.metadata?.channel ?? "widget"}`);

/** The confirmation or unsubscribe link in an email's text part. */
export const linkIn = (mail: ReceivedMail, path: string) => mail.parsed.text?.match(new RegExp(`https?://\\S+${path}[\\w-]+\\.[\\w-]+`))?.[0] ?? "";

/** A raw header line of a received email (lower-case name), without the name. */
export const headerOf = (mail: ReceivedMail, name: string) =>
  mail.parsed.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, " ") ?? null;

/** Where a reply to this email goes (our tokenised Reply-To). */
export const replyToOf = (mail: ReceivedMail) => mail.parsed.replyTo?.value[0]?.address ?? "";
