import { Window } from "happy-dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, bodyOf, startTestWorker, type TestWorker } from "../routes/worker-env.ts";

/** /dashboard/sites through the whole app (secure config, real D1): forms in, SiteConfig out, audited. */
let worker: TestWorker;
let cookie: string;
const origin = { Origin: "http://localhost" };

beforeAll(async () => {
  worker = await startTestWorker();
  const res = await worker.request("/dashboard/login", { method: "POST", headers: origin, body: new URLSearchParams({ token: "dev-admin-token" }) });
  expect(res.status).toBe(303);
  cookie = (res.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
});
afterAll(() => worker.dispose());

function parse(html: string) {
  const window = new Window();
  window.document.write(html);
  return window.document;
}

/** The form's current fields as a browser would submit them (ticked checkboxes, selected options). */
function formData(doc: ReturnType<typeof parse>): URLSearchParams {
  const data = new URLSearchParams();
  for (const el of doc.querySelectorAll("form[method=post] input, form[method=post] textarea, form[method=post] select")) {
    const name = el.getAttribute("name");
    if (!name) continue;
    if (el.tagName === "SELECT") {
      const selected = el.querySelector("option[selected]") ?? el.querySelector("option");
      data.append(name, selected?.getAttribute("value") ?? "");
    } else if (el.getAttribute("type") === "checkbox") {
      if (el.hasAttribute("checked")) data.append(name, el.getAttribute("value") ?? "on");
    } else data.append(name, el.tagName === "TEXTAREA" ? (el.textContent ?? "") : (el.getAttribute("value") ?? ""));
  }
  return data;
}

const get = (path: string) => worker.request(path, { headers: { Cookie: cookie } });
const post = (path: string, body: URLSearchParams, headers: Record<string, string> = {}) =>
  worker.request(path, { method: "POST", headers: { Cookie: cookie, ...origin, ...headers }, body });

describe("/dashboard/sites", () => {
  it("needs the sign-in cookie", async () => {
    const res = await worker.request("/dashboard/sites/demo");
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/dashboard");
  });

  it("shows the demo site's settings in forms, with the contrast check and the CSP", async () => {
    const res = await get("/dashboard/sites/demo");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    const doc = parse(await res.text());
    expect(doc.querySelector("input[name='brand.assistantName']")?.getAttribute("value")).toBe("Mia");
    expect(doc.querySelector("input[name='store.tokenSecret']")?.getAttribute("value")).toBe("STORE_TOKEN_DEMO");
    expect(doc.querySelector("[data-contrast]")?.textContent).toMatch(/white text .* contrast \d+\.\d\d:1, passes WCAG AA/);
    expect(doc.querySelector("#offer-rules")?.textContent).toContain("holdout group never get an offer");
    expect(doc.querySelectorAll("[data-row^='offers.']")).toHaveLength(3);
    expect(doc.querySelector("#embed [data-platform=shopify] textarea")?.textContent).toContain("/cart.js");
    expect(doc.body.textContent).not.toContain("dev-store-token");
    expect(doc.querySelectorAll("script, style, [style]")).toHaveLength(0);
  });

  it("puts each validation error next to its field and keeps what was typed", async () => {
    const doc = parse(await (await get("/dashboard/sites/demo")).text());
    const data = formData(doc);
    data.set("brand.color", "green");
    data.set("store.tokenSecret", "SESSION_SECRET");
    data.set("brand.greeting", "Changed but not saved");
    const res = await post("/dashboard/sites/demo", data);
    expect(res.status).toBe(422);
    const page = parse(await res.text());
    expect(page.querySelector("[data-error-for='brand.color']")?.textContent).toBe("expected #rrggbb");
    expect(page.querySelector("[data-error-for='store.tokenSecret']")?.textContent).toMatch(/STORE_TOKEN_/);
    expect(page.querySelector("input[name='brand.color']")?.getAttribute("aria-invalid")).toBe("true");
    expect(page.querySelector("input[name='brand.color']")?.getAttribute("value")).toBe("green");
    expect(page.querySelector("textarea[name='brand.greeting']")?.textContent).toBe("Changed but not saved");
    expect(page.querySelector("#problems")?.textContent).toContain("2 fields need attention");
    const stored = await bodyOf(await worker.request("/v1/admin/sites/demo", { headers: admin }));
    expect(stored.brand.greeting).not.toBe("Changed but not saved");
  });

  it("lists an error about a whole list at the top, linked to its section", async () => {
    const data = formData(parse(await (await get("/dashboard/sites/demo")).text()));
    for (let i = 0; i < 6; i++) {
      data.set(`followUp.steps.${i}.channel`, "email");
      data.set(`followUp.steps.${i}.delayMinutes`, String(60 * (i + 1)));
    }
    const res = await post("/dashboard/sites/demo", data);
    expect(res.status).toBe(422);
    const link = parse(await res.text()).querySelector("#problems a");
    expect(link?.textContent).toBe("followUp.steps");
    expect(link?.getAttribute("href")).toBe("#followUp");
  });

  it("saves valid settings, redirects, and logs who changed which field", async () => {
    const data = formData(parse(await (await get("/dashboard/sites/demo")).text()));
    data.set("brand.assistantName", "Ola");
    data.set("brand.greeting", "Hej! Need a hand?");
    data.set("offers.2.code", "TENOFF");
    data.set("offers.2.kind", "fixed");
    data.set("offers.2.value", "1000");
    data.append("offers.2.objections", "price_discount");
    data.set("offers.0.remove", "on");
    const res = await post("/dashboard/sites/demo", data, { "CF-Connecting-IP": "192.0.2.44" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/dashboard/sites/demo?saved");
    const stored = await bodyOf(await worker.request("/v1/admin/sites/demo", { headers: admin }));
    expect(stored.brand).toMatchObject({ assistantName: "Ola", greeting: "Hej! Need a hand?" });
    expect(stored.offers.map((o: { id: string }) => o.id)).toEqual(["save10", "tenoff"]);
    const widget = await bodyOf(await worker.request("/v1/sites/demo/widget-config"));
    expect(widget.brand.assistantName).toBe("Ola");

    const page = parse(await (await get("/dashboard/sites/demo?saved")).text());
    expect(page.querySelector("[role=status]")?.textContent).toMatch(/^Settings saved\./);
    const entry = page.querySelector("#audit [data-audit-entry]");
    expect(entry?.textContent).toContain("admin (192.0.2.44) via dashboard");
    expect(entry?.querySelector("[data-path='brand.assistantName']")?.textContent).toBe("brand.assistantName: Mia → Ola");
    expect(entry?.querySelector("[data-path='offers.0.code']")?.textContent).toBe("offers.0.code: FREESHIP → SAVE10");
  });

  it("creates a site and ends with the embed code for every platform", async () => {
    const form = parse(await (await get("/dashboard/sites/new")).text());
    const data = formData(form);
    expect(data.get("siteId")).toBe("");
    data.set("siteId", "shoes");
    data.set("name", "Shoe shop");
    data.set("allowedOrigins", "https://shoes.example");
    data.set("store.baseUrl", "https://shoes.example/api");
    data.set("store.tokenSecret", "STORE_TOKEN_SHOES");
    const res = await post("/dashboard/sites", data);
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/dashboard/sites/shoes?created");
    const page = parse(await (await get("/dashboard/sites/shoes?created")).text());
    expect(page.querySelector("#embed h2")?.textContent).toMatch(/Site created/);
    const platforms = [...page.querySelectorAll("#embed [data-platform]")].map((el) => el.getAttribute("data-platform"));
    expect(platforms).toEqual(["html", "shopify", "woocommerce", "vendure"]);
    const html = page.querySelector("#embed [data-platform=html] textarea")?.textContent ?? "";
    expect(html).toContain('<script src="http://localhost/widget.js" data-site="shoes" async></script>');
    expect(page.querySelector("#audit [data-audit-entry] [data-path='store.tokenSecret']")?.textContent).toContain("STORE_TOKEN_SHOES");
    const stored = await bodyOf(await worker.request("/v1/admin/sites/shoes", { headers: admin }));
    expect(stored).toMatchObject({ name: "Shoe shop", allowedOrigins: ["https://shoes.example"], followUp: { steps: [{ channel: "email", delayMinutes: 60 }] } });

    const again = await post("/dashboard/sites", data);
    expect(again.status).toBe(422);
    expect(parse(await again.text()).querySelector("[data-error-for=siteId]")?.textContent).toMatch(/exists already/);
  });

  it("switches the store to another platform in two steps, without script", async () => {
    const data = formData(parse(await (await get("/dashboard/sites/demo")).text()));
    data.set("store.platform", "shopify");
    data.set("switchPlatform", "on");
    const shown = await post("/dashboard/sites/demo", data);
    expect(shown.status).toBe(200);
    const page = parse(await shown.text());
    expect(page.querySelector("[role=status]")?.textContent).toMatch(/Nothing is saved/);
    expect(page.querySelector("select[name='store.platform'] option[selected]")?.getAttribute("value")).toBe("shopify");
    expect(page.querySelector("input[name='store.shopDomain']")).not.toBeNull();
    expect(page.querySelector("input[name='store.baseUrl']")).toBeNull();
    expect(page.querySelector("input[name='store.tokenSecret']")?.getAttribute("value")).toBe("STORE_TOKEN_DEMO");
    expect((await bodyOf(await worker.request("/v1/admin/sites/demo", { headers: admin }))).store.platform).toBe("cart-saver");

    const next = formData(page);
    next.set("store.shopDomain", "acme.myshopify.com");
    next.set("store.webhookSecret", "STORE_TOKEN_ACME_HOOK");
    next.set("store.facts.returnWindowDays", "30");
    next.set("store.facts.paymentMethods.0.name", "Klarna");
    next.set("store.facts.paymentMethods.0.bnpl", "on");
    const saved = await post("/dashboard/sites/demo", next);
    expect(saved.status).toBe(303);
    const stored = await bodyOf(await worker.request("/v1/admin/sites/demo", { headers: admin }));
    expect(stored.store).toEqual({
      platform: "shopify",
      shopDomain: "https://acme.myshopify.com",
      apiVersion: "2026-04",
      tokenSecret: "STORE_TOKEN_DEMO",
      webhookSecret: "STORE_TOKEN_ACME_HOOK",
      facts: { returnWindowDays: 30, paymentMethods: [{ name: "Klarna", bnpl: true }] },
    });
  });

  it("refuses cross-origin posts, file uploads and unknown sites", async () => {
    const data = formData(parse(await (await get("/dashboard/sites/demo")).text()));
    expect((await post("/dashboard/sites/demo", data, { Origin: "https://evil.example" })).status).toBe(403);
    const upload = new FormData();
    upload.set("name", new Blob(["x"]), "x.txt");
    const file = await worker.request("/dashboard/sites/demo", { method: "POST", headers: { Cookie: cookie, ...origin }, body: upload });
    expect(file.status).toBe(400);
    const garbage = await worker.request("/dashboard/sites/demo", {
      method: "POST",
      headers: { Cookie: cookie, ...origin, "Content-Type": "multipart/form-data; boundary=zz" },
      body: "--x\r\nnope",
    });
    expect(garbage.status).toBe(400);
    expect((await get("/dashboard/sites/ghost")).status).toBe(404);
    expect((await post("/dashboard/sites/ghost", data)).status).toBe(404);
  });
});
