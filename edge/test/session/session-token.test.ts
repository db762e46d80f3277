import { describe, expect, it } from "vitest";
import { assignGroup } from "../../src/auth/assign-group.ts";
import { issueSessionToken, sessionTokenTtlSeconds, verifySessionToken } from "../../src/auth/session-token.ts";

const claims = { site: "demo", sid: "s1", origin: "http://127.0.0.1:8788" };

describe("session tokens", () => {
  it("round-trips the bound site, session and origin, expiring after the TTL", async () => {
    const now = Date.UTC(2026, 0, 1, 12);
    const { token, expiresAt } = await issueSessionToken("secret", claims, now);
    expect(expiresAt).toBe(new Date(now + sessionTokenTtlSeconds * 1000).toISOString());
    expect(token.split(".")).toHaveLength(3);
    const fresh = await issueSessionToken("secret", claims);
    expect(await verifySessionToken("secret", fresh.token)).toMatchObject({ ok: true, claims });
    expect(await verifySessionToken("secret", token)).toEqual({ ok: false, code: "token_expired" });
  });

  it("rejects another secret and any edited payload", async () => {
    const { token } = await issueSessionToken("secret", claims);
    expect(await verifySessionToken("other", token)).toEqual({ ok: false, code: "invalid_token" });
    const [header, , signature] = token.split(".");
    const payload = btoa(JSON.stringify({ ...claims, sid: "s2", iat: 1, exp: 9999999999, aud: "cart-saver:session" })).replace(/=+$/, "");
    expect(await verifySessionToken("secret", `${header}.${payload}.${signature}`)).toEqual({ ok: false, code: "invalid_token" });
    expect(await verifySessionToken("secret", "a.b")).toEqual({ ok: false, code: "invalid_token" });
  });
});

describe("assignGroup", () => {
  it("is deterministic per (site, cart) and respects the edges", async () => {
    expect(await assignGroup("s3cret", "demo", "c1", 37)).toBe(await assignGroup("s3cret", "demo", "c1", 37));
    expect(await assignGroup("s3cret", "demo", "c1", 0)).toBe("agent");
    expect(await assignGroup("s3cret", "demo", "c1", 100)).toBe("holdout");
  });

  it("depends on the server secret, so nobody without it can predict a cart's group", async () => {
    const carts = Array.from({ length: 200 }, (_, i) => `cart-${i}`);
    const a = await Promise.all(carts.map((cart) => assignGroup("secret-a", "demo", cart, 50)));
    const b = await Promise.all(carts.map((cart) => assignGroup("secret-b", "demo", cart, 50)));
    expect(a.filter((group, i) => group !== b[i]).length).toBeGreaterThan(50);
  });

  it("holds out about holdoutPercent of carts", async () => {
    const groups = await Promise.all(Array.from({ length: 2000 }, (_, i) => assignGroup("s3cret", "demo", `cart-${i}`, 10)));
    const share = groups.filter((g) => g === "holdout").length / groups.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });
});
