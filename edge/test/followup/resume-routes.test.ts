import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import { resumeRoutes } from "../../src/followup/resume-routes.ts";
import { resumeUrl, signResumeToken, verifyResumeToken, type ResumeClaims } from "../../src/followup/resume-link.ts";
import { createHttpStoreAdapter } from "../../src/store/http-store-adapter.ts";
import { sendJson, startHttpFake, type HttpFake } from "../channels/support/http-fake.ts";

const secret = "resume-secret";
const now = Date.UTC(2026, 0, 15, 12, 0);
const claims: ResumeClaims = { siteId: "demo", sessionId: "sess-1", cartId: "cart-1", channel: "email", stepIndex: 0, exp: now / 1000 + 3600 };
let store: HttpFake;
let clicks: ResumeClaims[];
let app: Hono;

beforeAll(async () => {
  // Store API v1: POST /api/carts/:id/checkout-links → { url, expiresAt }; unknown carts 404.
  store = await startHttpFake((req, res) => {
    const match = req.path.match(/^\/api\/carts\/([^/]+)\/checkout-links$/);
    if (req.method !== "POST" || !match || req.headers.authorization !== "Bearer store-token") return sendJson(res, 401, { error: { code: "unauthorized", message: "no" } });
    if (match[1] !== "cart-1") return sendJson(res, 404, { error: { code: "not_found", message: "Cart not found" } });
    sendJson(res, 201, { url: `${store.url}/checkout/restore?token=abc`, expiresAt: "2026-01-16T12:00:00Z" });
  });
});
afterAll(() => store?.close());
beforeEach(() => {
  clicks = [];
  const adapter = createHttpStoreAdapter({ baseUrl: store.url, token: "store-token" });
  app = new Hono().route(
    "/",
    resumeRoutes(() => ({
      secret,
      now: () => now,
      storeFor: async (siteId) => (siteId === "demo" ? adapter : null),
      onClick: async (clicked) => void clicks.push(clicked),
    })),
  );
});

describe("resume link", () => {
  it("signs and verifies its claims, and rejects tampering", async () => {
    const token = await signResumeToken(secret, claims);
    expect(await verifyResumeToken(secret, token, now)).toEqual({ ok: true, value: claims });
    const [body, signature] = token.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ ...claims, cartId: "cart-2" })).toString("base64url");
    expect(await verifyResumeToken(secret, `${forgedBody}.${signature}`, now)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await verifyResumeToken("other-secret", token, now)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await verifyResumeToken(secret, `${body}`, now)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await verifyResumeToken(secret, token, (claims.exp + 1) * 1000)).toMatchObject({ ok: false, code: "link_expired" });
  });

  it("redirects to the store's restored checkout and records the click for attribution", async () => {
    const link = await resumeUrl("http://edge.test", secret, claims);
    expect(link).toMatch(/^http:\/\/edge\.test\/r\/[\w-]+\.[\w-]+$/);
    const res = await app.request(link);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${store.url}/checkout/restore?token=abc`);
    expect(clicks).toEqual([claims]);
  });

  it("answers bad, expired and unknown links with a clear 4xx and records nothing", async () => {
    const bad = await app.request("/r/not-a-token");
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_token" } });
    const expired = await app.request(`/r/${await signResumeToken(secret, { ...claims, exp: now / 1000 - 1 })}`);
    expect(expired.status).toBe(410);
    const unknownSite = await app.request(`/r/${await signResumeToken(secret, { ...claims, siteId: "gone" })}`);
    expect(unknownSite.status).toBe(404);
    expect(clicks).toEqual([]);
  });

  it("reports a cart the store no longer has as 404, not a 500", async () => {
    const res = await app.request(`/r/${await signResumeToken(secret, { ...claims, cartId: "cart-404" })}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found", cartId: "cart-404" } });
  });
});
