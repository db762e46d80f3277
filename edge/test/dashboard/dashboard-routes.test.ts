import { Window } from "happy-dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvents } from "../../src/analytics/record-event.ts";
import { Summary } from "../../src/analytics/summary-schema.ts";
import { formatMoney, formatRate } from "../../src/dashboard/format.ts";
import { startD1 } from "../analytics/miniflare-d1.ts";
import { day1, seedFixture } from "../analytics/summary-fixture.ts";
import { adminToken } from "../analytics/webhook-helpers.ts";
import { dashboardApp } from "./dashboard-app.ts";

let d1: Awaited<ReturnType<typeof startD1>>;
let api: ReturnType<typeof dashboardApp>;
const range = "siteId=shop&from=2026-11-02&to=2026-11-03";
/** What a browser sends with a form posted from the dashboard itself (app.request's origin). */
const sameOrigin = { Origin: "http://localhost" };

beforeAll(async () => {
  d1 = await startD1();
  await seedFixture(d1.db);
  await recordEvents(d1.db, [
    { type: "message", role: "user", channel: "widget", text: "<script>alert('x')</script> is this safe?", siteId: "shop", sessionId: "A3", at: day1 + 7_300_000 },
  ]);
  api = dashboardApp(d1.db);
});
afterAll(() => d1.dispose());

function parse(html: string) {
  const window = new Window();
  window.document.write(html);
  return window.document;
}

async function signIn(): Promise<string> {
  const res = await api.request("/dashboard/login", { method: "POST", headers: sameOrigin, body: new URLSearchParams({ token: adminToken }) });
  expect(res.status).toBe(303);
  expect(res.headers.get("Location")).toBe("/dashboard");
  const cookie = res.headers.get("Set-Cookie") ?? "";
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  expect(cookie).toMatch(/Path=\/dashboard/);
  expect(cookie).not.toContain(adminToken);
  return cookie.split(";")[0] ?? "";
}

describe("/dashboard", () => {
  it("shows the sign-in form without a valid token", async () => {
    const res = await api.request(`/dashboard?${range}`);
    expect(res.status).toBe(401);
    const doc = parse(await res.text());
    expect(doc.querySelector("form[action='/dashboard/login'] input[name=token]")).not.toBeNull();
    expect(doc.querySelector("#kpis")).toBeNull();
    const forged = await api.request(`/dashboard?${range}`, { headers: { Cookie: "cart_saver_admin=00" } });
    expect(forged.status).toBe(401);
  });

  it("refuses a wrong token", async () => {
    const res = await api.request("/dashboard/login", { method: "POST", headers: sameOrigin, body: new URLSearchParams({ token: "guess" }) });
    expect(res.status).toBe(401);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(parse(await res.text()).querySelector("[role=alert]")?.textContent).toContain("not valid");
  });

  it("shows the same figures as the summary API once signed in", async () => {
    const cookie = await signIn();
    const res = await api.request(`/dashboard?${range}`, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    const doc = parse(await res.text());
    const summary = Summary.parse(await (await api.request(`/v1/analytics/summary?${range}`, { headers: { Authorization: `Bearer ${adminToken}` } })).json());
    const kpi = (key: string) => doc.querySelector(`[data-kpi=${key}] b`)?.textContent;
    const k = summary.kpis;
    expect(kpi("abandonedCarts")).toBe(String(k.abandonedCarts));
    expect(kpi("cartsWithIntervention")).toBe(String(k.cartsWithIntervention));
    expect(kpi("conversations")).toBe(String(k.conversations));
    expect(kpi("recoveredCarts")).toBe(String(k.recoveredCarts));
    expect(kpi("recoveredRevenue")).toBe(formatMoney(k.recoveredRevenue.amount, "EUR"));
    expect(kpi("recoveredRevenue")).toBe("€130.00");
    expect(kpi("recoveryRate")).toBe(formatRate(k.recoveryRate));
    expect(kpi("discountSpend")).toBe("€4.90");
    expect(kpi("averageOrderValue")).toBe("€65.00");
    expect(kpi("aiResolutionRate")).toBe("50%");
    const agentRow = [...(doc.querySelector("[data-group=agent]")?.querySelectorAll("td") ?? [])].map((td) => td.textContent);
    expect(agentRow.slice(0, 4)).toEqual(["Agent", "4", "3", "75%"]);
    expect(doc.querySelector("[data-lift=absolute]")?.textContent).toContain("+25.0 pts");
    expect(doc.querySelector("[data-channel=email]")?.textContent).toContain("€80.00");
  });

  it("draws the charts as SVG and lists transcripts, escaped", async () => {
    const cookie = await signIn();
    const doc = parse(await (await api.request(`/dashboard?${range}`, { headers: { Cookie: cookie } })).text());
    expect(doc.querySelectorAll("#timeseries svg polyline")).toHaveLength(4);
    expect(doc.querySelectorAll("#funnel svg g")).toHaveLength(6);
    expect(doc.querySelector("#objections svg text")?.textContent).toContain("Shipping cost");
    const transcript = doc.querySelector("details[data-session=A3]");
    expect(transcript?.textContent).toContain("<script>alert('x')</script> is this safe?");
    expect(doc.querySelectorAll("script")).toHaveLength(0);
  });

  it("accepts the admin bearer token instead of the cookie", async () => {
    const res = await api.request(`/dashboard?${range}`, { headers: { Authorization: `Bearer ${adminToken}` } });
    expect(res.status).toBe(200);
  });

  it("answers a bad filter with 400", async () => {
    const cookie = await signIn();
    const res = await api.request("/dashboard?siteId=shop&from=2026-11-09&to=2026-11-01", { headers: { Cookie: cookie } });
    expect(res.status).toBe(400);
    expect(parse(await res.text()).querySelector("[role=alert]")?.textContent).toContain("before");
  });

  it("signs out", async () => {
    const res = await api.request("/dashboard/logout", { method: "POST", headers: { ...sameOrigin, Cookie: await signIn() } });
    expect(res.status).toBe(303);
    expect(res.headers.get("Set-Cookie")).toMatch(/cart_saver_admin=;.*Max-Age=0/);
  });

  it("sends a strict CSP: no script at all, only its own stylesheet, never framed", async () => {
    for (const res of [await api.request(`/dashboard?${range}`), await api.request(`/dashboard?${range}`, { headers: { Cookie: await signIn() } })]) {
      const csp = res.headers.get("Content-Security-Policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
      const doc = parse(await res.text());
      expect(doc.querySelectorAll("script, style, [style]")).toHaveLength(0);
      expect(doc.querySelector("link[rel=stylesheet]")?.getAttribute("href")).toBe("/dashboard/style.css");
    }
    const css = await api.request("/dashboard/style.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("Content-Type")).toMatch(/^text\/css/);
    expect(await css.text()).toContain(".field-error");
  });

  it("answers a multipart, garbage or JSON login body with a 4xx, never a 500", async () => {
    const form = new FormData();
    form.set("token", new Blob(["not a string"]), "token.txt");
    const bodies: [string, BodyInit, Record<string, string>][] = [
      ["multipart with a file", form, {}],
      ["garbage multipart", "--x\r\nnonsense", { "Content-Type": "multipart/form-data; boundary=zzz" }],
      ["json", JSON.stringify({ token: adminToken }), { "Content-Type": "application/json" }],
      ["binary urlencoded", new Uint8Array([0xff, 0xfe, 0x00, 0x3d, 0x26]), { "Content-Type": "application/x-www-form-urlencoded" }],
    ];
    for (const [name, body, headers] of bodies) {
      const res = await api.request("/dashboard/login", { method: "POST", headers: { ...sameOrigin, ...headers }, body });
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
      expect(res.headers.get("Set-Cookie"), name).toBeNull();
    }
  });

  it("refuses a form posted from another origin (CSRF), even with the right token", async () => {
    const res = await api.request("/dashboard/login", {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: new URLSearchParams({ token: adminToken }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });

  it("throttles sign-in attempts per client IP through the RL_LOGIN binding", async () => {
    const seen: string[] = [];
    const RL_LOGIN = { limit: async ({ key }: { key: string }) => ({ success: seen.push(key) <= 2 }) };
    const attempt = (ip: string) =>
      api.request("/dashboard/login", { method: "POST", headers: { ...sameOrigin, "CF-Connecting-IP": ip }, body: new URLSearchParams({ token: "guess" }) }, { RL_LOGIN });
    expect((await attempt("198.51.100.4")).status).toBe(401);
    expect((await attempt("198.51.100.4")).status).toBe(401);
    const limited = await attempt("198.51.100.4");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("60");
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited", retryAfter: 60 } });
    expect(seen).toEqual(["dashboard-login:198.51.100.4", "dashboard-login:198.51.100.4", "dashboard-login:198.51.100.4"]);
  });
});
