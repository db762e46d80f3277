import { beforeEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import type { EmailMessage, EmailSender } from "../../src/channels/channel-messages.ts";
import { emailInboundRoutes } from "../../src/channels/email-inbound-routes.ts";
import { ok } from "../../src/store/result.ts";
import { recordingHandlers, type RecordingHandlers } from "./support/recording-handlers.ts";

const secret = "inbound-secret-0123456789";
const url = "http://edge.test/v1/channels/email/inbound";
let handlers: RecordingHandlers;
let outbox: EmailMessage[];
let app: Hono;

beforeEach(() => {
  handlers = recordingHandlers(() => "Returns are free within 30 days.");
  outbox = [];
  const sender: EmailSender = { send: async (message) => (outbox.push(message), ok({ messageId: "<reply@alpine.example>", status: "sent" })) };
  app = new Hono().route("/", emailInboundRoutes(() => ({ ...handlers, env: { EMAIL_INBOUND_SECRET: secret }, sender })));
});

function post(body: unknown, headerSecret: string | null = secret) {
  return app.request(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(headerSecret === null ? {} : { "x-inbound-secret": headerSecret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const reply = {
  from: "Ana Example <ana@example.com>",
  to: "shop@alpine.example",
  subject: "Your Trail Runner GTX is still in your cart",
  text: "Can I return them if they don't fit?\n\nOn Thu, 15 Jan 2026 Alpine Outfitters wrote:\n> Hi there,\n> you left a few things",
  messageId: "<abc@mail.example.com>",
};

describe("inbound email webhook", () => {
  it("continues the conversation with the new text only and answers in the same thread", async () => {
    const res = await post(reply);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ handled: "replied", messageId: "<reply@alpine.example>" });
    expect(handlers.inbound).toMatchObject([{ channel: "email", from: "ana@example.com", to: "shop@alpine.example", text: "Can I return them if they don't fit?" }]);
    expect(outbox).toMatchObject([
      { to: "ana@example.com", subject: "Re: Your Trail Runner GTX is still in your cart", text: "Returns are free within 30 days.", headers: { "In-Reply-To": "<abc@mail.example.com>" } },
    ]);
    expect(outbox[0]?.html).toContain("<p>Returns are free within 30 days.</p>");
  });

  it("rejects a missing or wrong secret with 401 and stores nothing", async () => {
    expect((await post(reply, null)).status).toBe(401);
    expect((await post(reply, "guess")).status).toBe(401);
    expect(handlers.total()).toBe(0);
    expect(outbox).toEqual([]);
  });

  it("rejects malformed JSON and wrong shapes with 400", async () => {
    const notJson = await post("{");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: "invalid_json" } });
    const badAddress = await post({ ...reply, from: "not an address" });
    expect(badAddress.status).toBe(400);
    expect(await badAddress.json()).toMatchObject({ error: { code: "invalid_request" } });
    expect(handlers.total()).toBe(0);
  });

  it("treats a reply of STOP as an opt-out, without answering", async () => {
    const res = await post({ ...reply, text: "STOP\n\n> quoted" });
    expect(await res.json()).toEqual({ handled: "opt_out" });
    expect(handlers.optOuts).toEqual([{ channel: "email", from: "ana@example.com" }]);
    expect(outbox).toEqual([]);
  });
});
