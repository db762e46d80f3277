import { Cart, CheckoutLink, ProductList, ShippingRates, type Product } from "../../edge/src/store/store-schemas.ts";
import { fetchJson, jsonInit } from "./http.ts";
import type { Persona } from "./personas.ts";

/** The demo store: its Store API v1 (server-to-server token) and its real checkout forms. */
export function storeClient(baseUrl: string, apiToken: string) {
  const auth = { Authorization: `Bearer ${apiToken}` };
  const api = (path: string) => `${baseUrl}/api${path}`;

  /** A browser-like form POST with the cart cookie; returns the redirect target. */
  async function submit(path: string, cookie: string, form: Record<string, string>): Promise<string> {
    const res = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
      body: new URLSearchParams(form),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    await res.body?.cancel();
    const location = res.headers.get("Location") ?? "";
    if (res.status !== 303 || location.includes("error=")) throw new Error(`checkout ${path}: ${res.status} → ${decodeURIComponent(location)}`);
    return location;
  }

  return {
    async products(): Promise<Product[]> {
      return (await fetchJson(api("/products?limit=100"), { headers: auth }, ProductList)).products;
    },

    createCart(lines: { variantId: string; quantity: number }[], p: Persona) {
      const customer = { email: p.email, country: p.country, consent: { email: p.emailConsent, sms: false, whatsapp: false } };
      return fetchJson(api("/carts"), jsonInit("POST", { lines, customer }, auth), Cart);
    },

    getCart: (cartId: string) => fetchJson(api(`/carts/${encodeURIComponent(cartId)}`), { headers: auth }, Cart),

    /** Applies a code the assistant gave; false when the store refuses it. */
    async applyDiscount(cartId: string, code: string): Promise<boolean> {
      const res = await fetch(api(`/carts/${encodeURIComponent(cartId)}/discounts`), jsonInit("POST", { code }, auth));
      await res.body?.cancel();
      return res.ok;
    },

    /**
     * Buys the cart the way a shopper does: opens a checkout link (which restores the cart in a
     * fresh browser and records the Cart Saver session), then the contact, address, shipping,
     * payment and review steps. The store then sends its signed order webhook itself.
     */
    async checkout(cartId: string, p: Persona, sessionId: string | null): Promise<string> {
      const link = await fetchJson(api(`/carts/${encodeURIComponent(cartId)}/checkout-links`), { method: "POST", headers: auth }, CheckoutLink);
      const resume = new URL(link.url);
      const url = `${baseUrl}${resume.pathname}${sessionId ? `?cs=${encodeURIComponent(sessionId)}` : ""}`;
      const opened = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      await opened.body?.cancel();
      const cookie = /cart_id=[^;]+/.exec(opened.headers.get("Set-Cookie") ?? "")?.[0];
      if (!cookie) throw new Error(`checkout link did not restore the cart (${opened.status})`);
      await submit("/checkout/contact", cookie, { email: p.email, account: "guest" });
      await submit("/checkout/address", cookie, { name: `Shopper ${p.index}`, line1: `${p.index} Main Street`, city: "Berlin", postalCode: "10115", country: p.country });
      const { rates } = await fetchJson(api(`/shipping/rates?cartId=${encodeURIComponent(cartId)}&country=${p.country}`), { headers: auth }, ShippingRates);
      const rate = rates[0];
      if (!rate) throw new Error(`no shipping rate for ${p.country}`);
      await submit("/checkout/shipping", cookie, { rateId: rate.id });
      await submit("/checkout/payment", cookie, { method: "card" });
      const placed = await submit("/checkout/place-order", cookie, {});
      const orderId = /\/orders\/([^/?]+)/.exec(placed)?.[1];
      if (!orderId) throw new Error(`placing the order led to ${placed}, not an order page`);
      return orderId;
    },
  };
}
export type StoreClient = ReturnType<typeof storeClient>;
