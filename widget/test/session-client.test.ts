import { afterEach, describe, expect, it, vi } from "vitest";
import { createSession, readCustomer } from "../src/loader/session-client.ts";

afterEach(() => vi.unstubAllGlobals());

describe("session client", () => {
  it("passes a signed-in customer and its hash from identify to POST /v1/sessions", async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ sessionId: "s1", token: "t", group: "agent", customerVerified: true }));
    });
    const who = readCustomer({ cartId: "c1", customer: { id: "cust-7", email: "sam@example.com" }, customerHash: "ab12" });
    expect(await createSession("https://edge.example", "demo", "c1", null, "en", who)).toEqual({ sessionId: "s1", token: "t", group: "agent" });
    expect(bodies).toEqual([{ siteId: "demo", cartId: "c1", language: "en", customer: { id: "cust-7", email: "sam@example.com" }, customerHash: "ab12" }]);
  });

  it("leaves out a malformed customer, and a hash without a customer", () => {
    expect(readCustomer({ customer: { id: 7 }, customerHash: "ab12" })).toEqual({});
    expect(readCustomer({ customer: { id: "cust-7", email: 5 } })).toEqual({ customer: { id: "cust-7" } });
    expect(readCustomer({})).toEqual({});
  });

  it("treats a 429 rate_limited answer as a normal failure", async () => {
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify({ error: { code: "rate_limited", message: "Too many", retryAfter: 10 } }), { status: 429 }));
    expect(await createSession("https://edge.example", "demo", "c1", null, "en")).toBeNull();
  });
});
