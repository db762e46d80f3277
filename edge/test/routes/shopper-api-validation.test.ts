import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSessionToken } from "../../src/auth/session-token.ts";
import { devVars, json, startTestWorker, type TestWorker, bodyOf } from "./worker-env.ts";

/** The shopper API's refusals that happen before a request reaches the Session Durable Object. */
let worker: TestWorker;
beforeAll(async () => {
  worker = await startTestWorker();
});
afterAll(() => worker.dispose());

const origin = "http://127.0.0.1:8788";
const sid = "a".repeat(64);
const token = (claims: Partial<{ site: string; sid: string; origin: string }> = {}, nowMs?: number) =>
  issueSessionToken(devVars.SESSION_SECRET, { site: "demo", sid, origin, ...claims }, nowMs).then((t) => t.token);

async function errorOf(res: Response): Promise<{ status: number; code: string }> {
  return { status: res.status, code: (await bodyOf(res)).error.code };
}

describe("POST /v1/sessions refusals", () => {
  it("404 unknown_site", async () => {
    const res = await worker.request("/v1/sessions", json({ siteId: "ghost", cartId: "c1" }, { Origin: origin }));
    expect(await errorOf(res)).toEqual({ status: 404, code: "unknown_site" });
  });

  it("403 origin_not_allowed for a foreign or missing Origin", async () => {
    const foreign = await worker.request("/v1/sessions", json({ siteId: "demo", cartId: "c1" }, { Origin: "https://evil.example" }));
    expect(await errorOf(foreign)).toEqual({ status: 403, code: "origin_not_allowed" });
    expect(foreign.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const missing = await worker.request("/v1/sessions", json({ siteId: "demo", cartId: "c1" }));
    expect(await errorOf(missing)).toEqual({ status: 403, code: "origin_not_allowed" });
  });

  it("400 for malformed JSON and wrong types, with the issues; 413 when oversized", async () => {
    const malformed = await worker.request("/v1/sessions", { method: "POST", headers: { Origin: origin }, body: "{" });
    expect(await errorOf(malformed)).toEqual({ status: 400, code: "invalid_json" });
    const wrong = await worker.request("/v1/sessions", json({ siteId: 7 }, { Origin: origin }));
    const body = await bodyOf(wrong);
    expect(wrong.status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(["siteId", "cartId"]);
    const huge = await worker.request("/v1/sessions", json({ siteId: "demo", cartId: "x".repeat(5000) }, { Origin: origin }));
    expect(await errorOf(huge)).toEqual({ status: 413, code: "payload_too_large" });
  });

  it("answers CORS preflights for origins a site allows, not for others", async () => {
    const preflight = (o: string) =>
      worker.request("/v1/sessions", {
        method: "OPTIONS",
        headers: { Origin: o, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
      });
    const ok = await preflight(origin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get("Access-Control-Allow-Origin")).toBe(origin);
    expect(ok.headers.get("Access-Control-Allow-Headers")).toContain("Authorization");
    const evil = await preflight("https://evil.example");
    expect(evil.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });
});

describe("GET /v1/sessions/:id refusals", () => {
  it("401 without, with a forged and with an expired token; 403 for another session", async () => {
    expect(await errorOf(await worker.request(`/v1/sessions/${sid}`))).toEqual({ status: 401, code: "invalid_token" });
    const forged = (await token()).slice(0, -2) + "xx";
    expect(await errorOf(await worker.request(`/v1/sessions/${sid}`, { headers: { Authorization: `Bearer ${forged}` } }))).toEqual({
      status: 401,
      code: "invalid_token",
    });
    const expired = await token({}, Date.now() - 3 * 60 * 60 * 1000);
    expect(await errorOf(await worker.request(`/v1/sessions/${sid}`, { headers: { Authorization: `Bearer ${expired}` } }))).toEqual({
      status: 401,
      code: "token_expired",
    });
    const other = await worker.request(`/v1/sessions/${"b".repeat(64)}`, { headers: { Authorization: `Bearer ${await token()}` } });
    expect(await errorOf(other)).toEqual({ status: 403, code: "session_mismatch" });
  });

  it("403 origin_mismatch when a page on another origin uses the token", async () => {
    const res = await worker.request(`/v1/sessions/${sid}`, { headers: { Authorization: `Bearer ${await token()}`, Origin: "http://localhost:8788" } });
    expect(await errorOf(res)).toEqual({ status: 403, code: "origin_mismatch" });
  });
});

describe("POST /v1/signals refusals", () => {
  const beacon = (body: unknown) =>
    worker.request("/v1/signals", { method: "POST", headers: { "Content-Type": "text/plain;charset=UTF-8" }, body: JSON.stringify(body) });

  it("401 invalid_token / token_expired for text/plain beacons", async () => {
    expect(await errorOf(await beacon({ token: "nope", type: "idle" }))).toEqual({ status: 401, code: "invalid_token" });
    const expired = await token({}, Date.now() - 3 * 60 * 60 * 1000);
    expect(await errorOf(await beacon({ token: expired, type: "idle" }))).toEqual({ status: 401, code: "token_expired" });
  });

  it("400 for an unknown signal type or a malformed body; 413 when oversized", async () => {
    const bad = await beacon({ token: await token(), type: "teleported" });
    const body = await bodyOf(bad);
    expect(bad.status).toBe(400);
    expect(body.error).toMatchObject({ code: "invalid_request", issues: [{ path: "type" }] });
    const malformed = await worker.request("/v1/signals", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "idle" });
    expect(await errorOf(malformed)).toEqual({ status: 400, code: "invalid_json" });
    const huge = await beacon({ token: await token(), type: "idle", data: { blob: "x".repeat(9000) } });
    expect(await errorOf(huge)).toEqual({ status: 413, code: "payload_too_large" });
  });
});

describe("POST /v1/chat refusals", () => {
  const message = { id: "m1", role: "user", parts: [{ type: "text", text: "Is shipping free?" }] };
  const post = async (body: unknown, auth: string | null) =>
    worker.request("/v1/chat", json(body, auth === null ? {} : { Authorization: `Bearer ${auth}` }));

  it("401 without a valid token", async () => {
    expect(await errorOf(await post({ sessionId: sid, message }, null))).toEqual({ status: 401, code: "invalid_token" });
    expect(await errorOf(await post({ sessionId: sid, message }, "garbage"))).toEqual({ status: 401, code: "invalid_token" });
  });

  it("403 session_mismatch when the token belongs to another session", async () => {
    const res = await post({ sessionId: "b".repeat(64), message }, await token());
    expect(await errorOf(res)).toEqual({ status: 403, code: "session_mismatch" });
  });

  it("400 for messages that are not a shopper's text message", async () => {
    const t = await token();
    const invalid = [
      { sessionId: sid },
      { sessionId: sid, message: { ...message, role: "assistant" } },
      { sessionId: sid, message: { ...message, parts: [{ type: "tool-getCart", input: {} }] } },
      { sessionId: sid, message: { ...message, parts: [] } },
      { sessionId: sid, message: { ...message, parts: [{ type: "text", text: "x".repeat(4001) }] } },
      { sessionId: sid, opener: { trigger: "sneeze" } },
    ];
    for (const body of invalid) {
      expect(await errorOf(await post(body, t))).toEqual({ status: 400, code: "invalid_request" });
    }
  });

  it("413 for bodies over 32 KiB", async () => {
    const res = await post({ sessionId: sid, message: { ...message, parts: [{ type: "text", text: "x".repeat(40000) }] } }, await token());
    expect(await errorOf(res)).toEqual({ status: 413, code: "payload_too_large" });
  });
});
