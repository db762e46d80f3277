import { expect } from "vitest";
import { bodyOf } from "../../routes/body-of.ts";
import { inboundSecret, type FollowUpStack, type quickSite } from "./follow-up-stack.ts";

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

  return { storeAuth, putSite, cartFor, openSession, signal, view, inboundEmail, contact };
}

export const textOf = (message: { parts: { type: string; text?: string }[] }) => message.parts.map((p) => p.text ?? "").join("");

/** "role:channel" per message, widget when a message carries no channel. */
export const channelsOf = (messages: { role: string; metadata?: { channel?: string } }[]) => messages.map((m) => `${m.role}:${m.metadata?.channel ?? "widget"}`);
