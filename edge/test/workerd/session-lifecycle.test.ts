import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCart, readUiStream, startEdgeFixture, type EdgeFixture } from "./edge-fixture.ts";
import { issueSessionToken } from "../../src/auth/session-token.ts";
import { bodyOf } from "../routes/body-of.ts";
import { startGatedStore, type GatedStore } from "./gated-store.ts";

/** The platform in workerd: sessions, signals, chat through the Session Durable Object, D1. */
let fx: EdgeFixture;
let gate: GatedStore | null = null;
beforeAll(async () => {
  fx = await startEdgeFixture();
});
afterAll(async () => {
  await gate?.close();
  await fx?.stop();
});

const admin = { Authorization: "Bearer dev-admin-token", "Content-Type": "application/json" };

async function openSession(body: Record<string, unknown>, origin = fx.storeUrl) {
  const res = await fetch(`${fx.edge.url}/v1/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await bodyOf(res) };
}

const signal = (token: string, type: string, data?: unknown) =>
  fetch(`${fx.edge.url}/v1/signals`, { method: "POST", headers: { "Content-Type": "text/plain;charset=UTF-8" }, body: JSON.stringify({ token, type, data }) });

const chat = (token: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${fx.edge.url}/v1/chat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    signal,
  });

const getSession = async (token: string, sessionId: string) => {
  const res = await fetch(`${fx.edge.url}/v1/sessions/${sessionId}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: await bodyOf(res) };
};

const userMessage = (id: string, text: string) => ({ id, role: "user", parts: [{ type: "text", text }] });

describe("sessions in workerd", () => {
  let session: { sessionId: string; token: string };

  it("creates a session for the store's origin, with CORS, and resumes it for the same cart and visitor", async () => {
    const cartId = await createCart(fx.storeUrl);
    const first = await openSession({ siteId: "demo", cartId, visitorId: "visitor-1" });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ group: "agent", state: "browsing", resumed: false });
    expect(first.body.sessionId).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(first.body.expiresAt)).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe(fx.storeUrl);
    const again = await openSession({ siteId: "demo", cartId, visitorId: "visitor-1" });
    expect(again.body).toMatchObject({ sessionId: first.body.sessionId, resumed: true });
    const otherVisitor = await openSession({ siteId: "demo", cartId, visitorId: "visitor-2" });
    expect(otherVisitor.body.sessionId).not.toBe(first.body.sessionId);
    session = first.body;
  });

  it("records text/plain signals and moves the state machine", async () => {
    const hidden = await signal(session.token, "tab_visible");
    expect(hidden.status).toBe(202);
    expect(await bodyOf(hidden)).toEqual({ accepted: true, state: "browsing" });
    const exit = await signal(session.token, "exit_intent", { page: "/cart" });
    expect(await bodyOf(exit)).toEqual({ accepted: true, state: "at_risk" });
    const view = await getSession(session.token, session.sessionId);
    expect(view.body).toMatchObject({ state: "at_risk", trigger: "exit_intent", page: "/cart", signals: { count: 2, last: "exit_intent" } });
  });

  it("streams an agent turn and keeps the history, the objection and the engaged state on the session", async () => {
    const res = await chat(session.token, { sessionId: session.sessionId, message: userMessage("u1", "Shipping is too expensive, how much is delivery to Germany?") });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/event-stream");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const stream = await readUiStream(res);
    expect(stream.types).toContain("finish");
    expect(stream.types.some((t) => t.startsWith("tool-input"))).toBe(true);
    expect(stream.text.length).toBeGreaterThan(0);

    const view = await getSession(session.token, session.sessionId);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ sessionId: session.sessionId, cartId: expect.any(String), group: "agent", state: "engaged", turnInProgress: false });
    expect(view.body.messages.map((m: { role: string }) => m.role)).toEqual(["user", "assistant"]);
    expect(view.body.messages[0]).toEqual(userMessage("u1", "Shipping is too expensive, how much is delivery to Germany?"));
    expect(view.body.objections).toContain("shipping_cost");
  });

  it("refuses a resent message id and an opener once the conversation started", async () => {
    const dup = await chat(session.token, { sessionId: session.sessionId, message: userMessage("u1", "again") });
    expect(dup.status).toBe(409);
    expect((await bodyOf(dup)).error.code).toBe("duplicate_message");
    const opener = await chat(session.token, { sessionId: session.sessionId, opener: { trigger: "exit_intent", page: "/cart" } });
    expect(opener.status).toBe(409);
    expect((await bodyOf(opener)).error.code).toBe("conversation_started");
  });

  it("keeps the session across a wrangler dev restart with the same --persist-to", async () => {
    const before = await getSession(session.token, session.sessionId);
    await fx.restartEdge();
    const after = await getSession(session.token, session.sessionId);
    expect(after.status).toBe(200);
    expect(after.body.messages).toEqual(before.body.messages);
    expect(after.body.objections).toEqual(before.body.objections);
    expect(after.body.state).toBe("engaged");
  }, 150_000); // a second `wrangler dev` start takes 20-40 s on a busy machine
});

describe("one turn at a time, holdout", () => {
  /** A site whose store calls wait behind a fresh gate. */
  async function gatedSite(siteId: string): Promise<GatedStore> {
    await gate?.close();
    gate = await startGatedStore(fx.storeUrl);
    const site = await bodyOf(await fetch(`${fx.edge.url}/v1/admin/sites/demo`, { headers: admin }));
    const slow = { ...site, siteId, allowedOrigins: ["https://slow.example"], store: { ...site.store, baseUrl: gate.url }, holdoutPercent: 0 };
    expect((await fetch(`${fx.edge.url}/v1/admin/sites/${siteId}`, { method: "PUT", headers: admin, body: JSON.stringify(slow) })).status).toBe(200);
    return gate;
  }

  it("answers 409 turn_in_progress while a turn streams, and accepts the next message once it finished", async () => {
    const gate = await gatedSite("slow");
    const cartId = await createCart(fx.storeUrl);
    const { body } = await openSession({ siteId: "slow", cartId, language: "de-AT" }, "https://slow.example");
    expect((await signal(body.token, "idle", { page: "/checkout" })).status).toBe(202);
    gate.arm();

    // The opener calls getCart first; the gate holds that store call, so the turn stays open.
    const first = await chat(body.token, { sessionId: body.sessionId, opener: { trigger: "exit_intent", page: "/cart" } });
    expect(first.status).toBe(200);
    await gate.held;
    const second = await chat(body.token, { sessionId: body.sessionId, message: userMessage("m2", "hello?") });
    expect(second.status).toBe(409);
    expect((await bodyOf(second)).error.code).toBe("turn_in_progress");
    expect((await getSession(body.token, body.sessionId)).body.turnInProgress).toBe(true);

    gate.open();
    const opener = await readUiStream(first);
    expect(opener.types).toContain("finish");
    expect(opener.text.length).toBeGreaterThan(0);
    // A proactive opener alone does not count as the shopper engaging.
    expect((await getSession(body.token, body.sessionId)).body).toMatchObject({ state: "at_risk", language: "de" });
    const third = await chat(body.token, { sessionId: body.sessionId, message: userMessage("m3", "Do you accept PayPal?") });
    expect(third.status).toBe(200);
    await readUiStream(third);
    const view = await getSession(body.token, body.sessionId);
    expect(view.body.messages.map((m: { role: string }) => m.role)).toEqual(["assistant", "user", "assistant"]);
    expect(view.body).toMatchObject({ state: "engaged", trigger: "exit_intent", page: "/cart", turnInProgress: false });
  });

  it("finishes and keeps the turn when the shopper's browser goes away mid-stream", async () => {
    const gate = await gatedSite("slow-leaver");
    const { body } = await openSession({ siteId: "slow-leaver", cartId: await createCart(fx.storeUrl) }, "https://slow.example");
    gate.arm();
    const leaving = new AbortController();
    const res = await chat(body.token, { sessionId: body.sessionId, opener: { trigger: "idle", page: "/cart" } }, leaving.signal);
    expect(res.status).toBe(200);
    await gate.held;
    leaving.abort();
    gate.open();
    await expect
      .poll(async () => (await getSession(body.token, body.sessionId)).body.messages.length, { timeout: 20_000 })
      .toBe(1);
    const view = await getSession(body.token, body.sessionId);
    expect(view.body.turnInProgress).toBe(false);
    expect(view.body.messages[0].role).toBe("assistant");
    expect(view.body.messages[0].parts.some((p: { type: string }) => p.type === "text")).toBe(true);
  });

  it("keeps holdout sessions silent: 403 holdout", async () => {
    const site = await bodyOf(await fetch(`${fx.edge.url}/v1/admin/sites/demo`, { headers: admin }));
    const all = { ...site, siteId: "all-holdout", holdoutPercent: 100 };
    expect((await fetch(`${fx.edge.url}/v1/admin/sites/all-holdout`, { method: "PUT", headers: admin, body: JSON.stringify(all) })).status).toBe(200);
    const { body } = await openSession({ siteId: "all-holdout", cartId: await createCart(fx.storeUrl) });
    expect(body.group).toBe("holdout");
    const res = await chat(body.token, { sessionId: body.sessionId, message: userMessage("h1", "hi") });
    expect(res.status).toBe(403);
    expect((await bodyOf(res)).error.code).toBe("holdout");
    expect((await signal(body.token, "exit_intent")).status).toBe(202);
  });

  it("answers 404 unknown_session, never a 500, for a signed token naming no session", async () => {
    const { token } = await issueSessionToken("dev-session-secret", { site: "demo", sid: "f".repeat(64), origin: "" });
    const view = await getSession(token, "f".repeat(64));
    expect(view).toEqual({ status: 404, body: { error: { code: "unknown_session", message: "This session does not exist." } } });
    expect((await signal(token, "idle")).status).toBe(404);
  });
});
