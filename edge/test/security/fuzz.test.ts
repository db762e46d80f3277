import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { createCart, startEdgeFixture, type EdgeFixture } from "../workerd/edge-fixture.ts";
import { shopperClient } from "./shopper-client.ts";

/**
 * Malformed and hostile bodies to every route the app declares, against `wrangler dev`: whatever
 * arrives, the answer is never a 5xx. The route list comes from the app itself, so a new route is
 * fuzzed without editing this file.
 */
let fx: EdgeFixture;
beforeAll(async () => {
  fx = await startEdgeFixture();
}, 180_000);
afterAll(() => fx?.stop());

const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
const bodies: { name: string; type: string | null; body: string }[] = [
  { name: "truncated JSON", type: "application/json", body: '{"siteId":' },
  { name: "array", type: "application/json", body: "[]" },
  { name: "null", type: "application/json", body: "null" },
  { name: "huge number", type: "application/json", body: '{"siteId":1e308,"cartId":-1e308,"amount":1e400}' },
  { name: "wrong types", type: "application/json", body: '{"siteId":[],"cartId":{},"token":false,"type":7,"message":"hi","sessionId":null}' },
  { name: "deep nesting", type: "application/json", body: deep },
  { name: "lone surrogate", type: "application/json", body: '{"siteId":"\\ud800","cartId":"\\udfff","message":{"id":"x","role":"user","parts":[{"type":"text","text":"\\ud800"}]}}' },
  { name: "NUL bytes", type: "application/json", body: '{"siteId":"de\\u0000mo","cartId":"\\u0000"}' },
  { name: "CRLF in strings", type: "application/json", body: '{"from":"a@b.c","to":"d@e.f","subject":"x\\r\\nBcc: spy@evil.example","text":"hi","messageId":"<a>\\r\\nX: y"}' },
  { name: "200 KB", type: "application/json", body: JSON.stringify({ siteId: "demo", cartId: "x".repeat(200 * 1024) }) },
  { name: "text/plain garbage", type: "text/plain", body: "not json at all" },
  { name: "multipart garbage", type: "multipart/form-data", body: "garbage" },
  { name: "multipart with boundary", type: "multipart/form-data; boundary=x", body: '--x\r\nContent-Disposition: form-data; name="token"\r\n\r\nabc\r\n--x--' },
  { name: "form", type: "application/x-www-form-urlencoded", body: "token=%ZZ&password=&siteId=%00" },
  { name: "no content type", type: null, body: "{}" },
  { name: "empty", type: "application/json", body: "" },
];

describe("fuzz: every route, malformed bodies", () => {
  it("never answers 5xx", async () => {
    const shopper = shopperClient(fx.edge.url, fx.storeUrl);
    const { body: session } = await shopper.open({ siteId: "demo", cartId: await createCart(fx.storeUrl) });
    const params: Record<string, string> = { siteId: "demo", id: session.sessionId, token: "not-a-token", lineId: "l", code: "X" };
    const routes = createApp()
      .routes.filter((r) => r.method !== "ALL")
      .map((r) => ({ method: r.method, path: r.path.replace(/:(\w+)\{?[^/]*\}?/g, (_, name: string) => params[name] ?? "x").replace(/\*$/, "anything") }));
    const unique = [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
    const auths: Record<string, string>[] = [{}, { Authorization: `Bearer ${session.token}` }, { Authorization: "Bearer dev-admin-token" }, { Authorization: "Bearer garbage" }];
    let sent = 0;
    const failures: string[] = [];
    for (const route of unique) {
      for (const auth of auths) {
        const cases = route.method === "GET" || route.method === "HEAD" ? [null] : bodies;
        await Promise.all(
          cases.map(async (payload) => {
            const headers: Record<string, string> = { Origin: fx.storeUrl, ...auth };
            if (payload?.type) headers["Content-Type"] = payload.type;
            const res = await fetch(`${fx.edge.url}${route.path}`, { method: route.method, headers, body: payload?.body ?? null, redirect: "manual" });
            sent += 1;
            if (res.status >= 500) failures.push(`${route.method} ${route.path} ${payload?.name ?? "(no body)"} → ${res.status} ${(await res.text()).slice(0, 200)}`);
            else await res.body?.cancel();
          }),
        );
      }
    }
    console.log(`[fuzz] ${unique.length} routes, ${sent} requests, ${failures.length} answered 5xx`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(300);
  }, 300_000);
});
