import { describe, expect, it } from "vitest";
import { verifyContactLink } from "../../src/followup/contact-links.ts";
import { SessionRow } from "../../src/session/session-records.ts";
import { emailFooter } from "../../src/session/send-follow-up-step.ts";
import { testSite } from "./support/test-site.ts";

const row = SessionRow.parse({
  session_id: "s1",
  site_id: "demo",
  cart_id: "cart-1",
  visitor_id: null,
  grp: "agent",
  state: "lost",
  trigger_type: null,
  page: null,
  language: "en",
  contact: JSON.stringify({ consent: { email: false, sms: false, whatsapp: false } }),
  handover_reason: null,
  customer: null,
  created_at: 0,
  updated_at: 0,
});
const now = Date.UTC(2026, 0, 15);
const recipient = { email: "ana@example.com", phone: null, country: "DE", lastWhatsAppInboundAt: null };
const ctx = { row, recipient, publicUrl: "https://edge.example", secret: "session-secret", now };

describe("what a follow-up email must carry", () => {
  it("refuses to send an email step without the store's postal address (followUp.senderAddress)", async () => {
    expect(await emailFooter({ channel: "email" }, { ...ctx, site: testSite() })).toMatchObject({ ok: false, code: "sender_address_missing" });
    expect(await emailFooter({ channel: "sms" }, { ...ctx, site: testSite() })).toBeNull();
  });

  it("signs an unsubscribe link for this session and address", async () => {
    const site = testSite({ senderAddress: "Torstraße 1, 10119 Berlin" });
    const footer = await emailFooter({ channel: "email" }, { ...ctx, site });
    if (footer === null || !footer.ok) throw new Error("expected a footer");
    expect(footer.value.senderAddress).toBe("Torstraße 1, 10119 Berlin");
    const token = footer.value.unsubscribeUrl.split("/v1/unsubscribe/")[1] ?? "";
    expect(await verifyContactLink("session-secret", "unsubscribe", token, now)).toMatchObject({
      ok: true,
      value: { siteId: "demo", sessionId: "s1", channel: "email", address: "ana@example.com" },
    });
  });
});
