import { describe, expect, it } from "vitest";
import { Hono } from "hono";
import type { EmailMessage, EmailSender } from "../../src/channels/channel-messages.ts";
import { emailInboundRoutes } from "../../src/channels/email-inbound-routes.ts";
import { headerSafe, messageIds, replyParts, replyToken } from "../../src/channels/mailbox.ts";
import { ok } from "../../src/store/result.ts";
import { recordingHandlers } from "./support/recording-handlers.ts";

const secret = "inbound-secret-0123456789";
const url = "http://edge.test/v1/channels/email/inbound";

function setup() {
  const handlers = recordingHandlers(() => "Sure.");
  const outbox: EmailMessage[] = [];
  const sender: EmailSender = { send: async (message) => (outbox.push(message), ok({ messageId: "<r@shop.example>", status: "sent" })) };
  const app = new Hono().route("/", emailInboundRoutes(() => ({ ...handlers, env: { EMAIL_INBOUND_SECRET: secret }, sender })));
  const post = (body: unknown) =>
    app.request(url, { method: "POST", headers: { "content-type": "application/json", "x-inbound-secret": secret }, body: JSON.stringify(body) });
  return { handlers, outbox, post };
}

const token = "0123456789abcdef0123456789abcdef";
const base = { from: "ana@example.com", to: `reply+${token}@shop.example`, subject: "Re: your cart", text: "Is it waterproof?" };

describe("inbound email: header injection and reply routing fields", () => {
  it("refuses CR or LF in the subject, message id, In-Reply-To or References with 400 and passes nothing on", async () => {
    const { handlers, outbox, post } = setup();
    const injected = [
      { subject: "hello\r\nBcc: spy@evil.example" },
      { subject: "hello\nX-Injected: 1" },
      { messageId: "<a@b>\r\nBcc: spy@evil.example" },
      { inReplyTo: "<a@b>\nBcc: spy@evil.example" },
      { references: "<a@b>\r\n<c@d>" },
    ];
    for (const field of injected) {
      const res = await post({ ...base, ...field });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "invalid_request" } });
    }
    expect(handlers.total()).toBe(0);
    expect(outbox).toHaveLength(0);
  });

  it("hands the reply token (from To) and our Message-IDs (In-Reply-To first, then References newest first) to routing", async () => {
    const { handlers, post } = setup();
    const res = await post({ ...base, inReplyTo: "<m3@shop.example>", references: "<m1@shop.example> <m2@shop.example>" });
    expect(res.status).toBe(200);
    expect(handlers.inbound).toMatchObject([{ replyToken: token, inReplyTo: ["<m3@shop.example>", "<m2@shop.example>", "<m1@shop.example>"] }]);
  });

  it("treats the List-Unsubscribe mailto (subject 'unsubscribe') as an opt-out", async () => {
    const { handlers, post } = setup();
    const res = await post({ ...base, subject: "unsubscribe", text: "" });
    expect(await res.json()).toEqual({ handled: "opt_out" });
    expect(handlers.optOuts).toEqual([{ channel: "email", from: "ana@example.com" }]);
  });
});

describe("reply addresses and header values", () => {
  it("builds the reply address from EMAIL_REPLY_TO's local part, else reply@ the sender's domain", () => {
    expect(replyParts({ EMAIL_FROM: "Shop <shop@alpine.example>" })).toEqual({ local: "reply", domain: "alpine.example" });
    expect(replyParts({ EMAIL_FROM: "shop@alpine.example", EMAIL_REPLY_TO: "Replies <in+old@mail.alpine.example>" })).toEqual({ local: "in", domain: "mail.alpine.example" });
  });

  it("reads only our 32-hex tokens and angle-bracketed message ids", () => {
    expect(replyToken(`reply+${token.toUpperCase()}@shop.example`)).toBe(token);
    expect(replyToken("reply+nothex@shop.example")).toBeNull();
    expect(replyToken("shop@shop.example")).toBeNull();
    expect(messageIds("<a@b> junk <c@d>")).toEqual(["<a@b>", "<c@d>"]);
    expect(messageIds(undefined)).toEqual([]);
  });

  it("flags any CR or LF in a header value", () => {
    expect(headerSafe(["Your cart", undefined, "<a@b>"])).toBe(true);
    expect(headerSafe(["Your cart\r\nBcc: x@y"])).toBe(false);
    expect(headerSafe(["a\nb"])).toBe(false);
  });
});
