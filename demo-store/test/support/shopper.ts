import type { Hono } from "hono";

/**
 * A cookie-keeping shopper for the storefront through app.request: submits forms like a
 * browser without JavaScript (urlencoded POST, 303 redirects returned, not followed).
 */
export class Shopper {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly app: Hono) {}

  async get(path: string): Promise<Response> {
    return this.remember(await this.app.request(path, { headers: this.headers() }));
  }

  async post(path: string, form: Record<string, string> = {}): Promise<Response> {
    const headers = { ...this.headers(), "content-type": "application/x-www-form-urlencoded" };
    return this.remember(await this.app.request(path, { method: "POST", headers, body: new URLSearchParams(form).toString() }));
  }

  /** POST and expect a redirect; returns its location. */
  async submit(path: string, form: Record<string, string> = {}): Promise<string> {
    const res = await this.post(path, form);
    if (res.status !== 303) throw new Error(`${path}: expected 303, got ${res.status}: ${await res.text()}`);
    return res.headers.get("location") ?? "";
  }

  async html(path: string): Promise<string> {
    const res = await this.get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return res.text();
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Walks the whole checkout for whatever is in the cart and returns the order id. */
  async checkout(email = "guest@example.com", country = "DE"): Promise<string> {
    await this.submit("/checkout/contact", { email, account: "guest" });
    await this.submit("/checkout/address", { name: "Jo Guest", line1: "Main St 1", city: "Berlin", postalCode: "10115", country });
    await this.submit("/checkout/shipping", { rateId: `${country.toLowerCase()}-standard` });
    await this.submit("/checkout/payment", { method: "paypal" });
    const location = await this.submit("/checkout/place-order");
    const match = /^\/orders\/(.+)$/.exec(location);
    if (!match?.[1]) throw new Error(`place order redirected to ${location}`);
    return match[1];
  }

  private headers(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") } : {};
  }

  private remember(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", value = ""] = pair.split("=");
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim()));
      if (expired || value === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return res;
  }
}
