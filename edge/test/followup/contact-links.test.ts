import { describe, expect, it } from "vitest";
import { contactLinkUrl, signContactLink, verifyContactLink } from "../../src/followup/contact-links.ts";
import { signResumeToken } from "../../src/followup/resume-link.ts";

const secret = "session-secret-for-tests";
const claims = { siteId: "demo", sessionId: "s1", channel: "email" as const, address: "ada@example.com" };
const now = Date.UTC(2026, 0, 15, 12);
const exp = Math.floor(now / 1000) + 3600;

describe("signed confirmation and unsubscribe links", () => {
  it("verifies a link for its own purpose only, bound to session, channel and address", async () => {
    const token = await signContactLink(secret, "confirm", { ...claims, exp });
    expect(await verifyContactLink(secret, "confirm", token, now)).toEqual({ ok: true, value: { ...claims, exp } });
    expect(await verifyContactLink(secret, "unsubscribe", token, now)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await verifyContactLink("another-secret", "confirm", token, now)).toMatchObject({ ok: false, code: "invalid_token" });
  });

  it("refuses an altered address, garbage, a resume token and an expired link", async () => {
    const token = await signContactLink(secret, "confirm", { ...claims, exp });
    const [, signature] = token.split(".");
    const altered = `${Buffer.from(JSON.stringify({ ...claims, address: "eve@example.com", exp })).toString("base64url")}.${signature}`;
    expect(await verifyContactLink(secret, "confirm", altered, now)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await verifyContactLink(secret, "confirm", "a.b.c", now)).toMatchObject({ ok: false, code: "invalid_token" });
    const resume = await signResumeToken(secret, { siteId: "demo", sessionId: "s1", cartId: "c1", channel: "email", stepIndex: 0, exp });
    expect(await verifyContactLink(secret, "confirm", resume, now)).toMatchObject({ ok: false, code: "invalid_token" });
    expect(await verifyContactLink(secret, "confirm", token, (exp + 1) * 1000)).toMatchObject({ ok: false, code: "link_expired" });
  });

  it("puts confirmation links under /v1/contact/confirm/ (24 h) and unsubscribe links under /v1/unsubscribe/ (a year)", async () => {
    const confirm = new URL(await contactLinkUrl("https://edge.example", secret, "confirm", claims, now));
    expect(confirm.pathname).toMatch(/^\/v1\/contact\/confirm\/[\w-]+\.[\w-]+$/);
    const token = confirm.pathname.split("/").pop() ?? "";
    expect(await verifyContactLink(secret, "confirm", token, now + 23 * 3600_000)).toMatchObject({ ok: true });
    expect(await verifyContactLink(secret, "confirm", token, now + 25 * 3600_000)).toMatchObject({ ok: false, code: "link_expired" });
    const unsubscribe = new URL(await contactLinkUrl("https://edge.example", secret, "unsubscribe", claims, now));
    const unsubToken = unsubscribe.pathname.split("/").pop() ?? "";
    expect(await verifyContactLink(secret, "unsubscribe", unsubToken, now + 300 * 24 * 3600_000)).toMatchObject({ ok: true });
  });
});
