import { describe, expect, it, vi } from "vitest";
import { createChatModel } from "../src/panel/chat-model.ts";
import { testPanelHost } from "./panel-host.ts";

const sse = (chunks: unknown[]) => chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + "data: [DONE]\n\n";
const cart = { id: "c1", lines: [{ id: "l1", variantId: "tee--l" }] };

function setup(responses: (() => Response)[]) {
  const events: [string, unknown][] = [];
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const host = testPanelHost({ emit: (event, detail) => events.push([event, detail]) });
  const fetcher: typeof fetch = async (input, init) => {
    requests.push({ url: String(input), init });
    const next = responses.shift();
    if (!next) throw new TypeError("network down");
    return next();
  };
  return { chat: createChatModel(host, fetcher), events, requests };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe("chat model", () => {
  it("restores history, posts only the new message with the bearer token, and streams the reply", async () => {
    const { chat, requests } = setup([
      () => new Response(sse([{ type: "start", messageId: "a1" }, { type: "text-start", id: "t" }, { type: "text-delta", id: "t", delta: "Free over €60." }, { type: "finish" }])),
    ]);
    expect(chat.messages.value.map((m) => m.role)).toEqual(["user"]);
    chat.send("How much is shipping?");
    await until(() => !chat.streaming.value);
    const body = JSON.parse(String(requests[0]?.init?.body));
    expect(requests[0]?.url).toBe("https://edge.example/v1/chat");
    expect(new Headers(requests[0]?.init?.headers).get("authorization")).toBe("Bearer tok");
    expect(body).toMatchObject({ sessionId: "s1", message: { role: "user", parts: [{ type: "text", text: "How much is shipping?" }] } });
    expect(chat.messages.value.map((m) => m.id).at(-1)).toBe("a1");
    expect(chat.announcement.value).toBe("Free over €60.");
    expect(chat.unread.value).toBe(1);
  });

  it("tells the host the cart changed only after the reply finished", async () => {
    const { chat, events } = setup([
      () =>
        new Response(
          sse([
            { type: "tool-input-available", toolCallId: "k", toolName: "changeCartLine", input: { size: "L" } },
            { type: "tool-output-available", toolCallId: "k", output: { ok: true, cart, line: {} } },
            { type: "text-start", id: "t" },
            { type: "text-delta", id: "t", delta: "Swapped to L." },
          ]),
        ),
    ]);
    chat.send("Swap to L");
    await until(() => events.length > 0);
    expect(chat.streaming.value).toBe(false);
    expect(events).toEqual([["cart_updated", { cart }]]);
  });

  it("shows an error with retry; the retry re-sends the same request", async () => {
    const ok = () => new Response(sse([{ type: "text-start", id: "t" }, { type: "text-delta", id: "t", delta: "Hi" }]));
    const { chat, requests } = setup([() => new Response("{}", { status: 409 }), ok]);
    chat.send("hello");
    await until(() => chat.error.value !== "");
    expect(chat.error.value).toBe("busy");
    expect(chat.messages.value.at(-1)?.role).toBe("user");
    chat.retry();
    await until(() => !chat.streaming.value && chat.error.value === "");
    expect(requests[1]?.init?.body).toBe(requests[0]?.init?.body);
    expect(chat.messages.value.at(-1)?.parts).toEqual([{ kind: "text", id: "t", text: "Hi" }]);
  });

  it("treats a network failure or an error chunk as failed", async () => {
    const { chat } = setup([() => new Response(sse([{ type: "error", errorText: "An error occurred." }]))]);
    chat.send("one");
    await until(() => chat.error.value === "failed");
    chat.retry(); // no response left: the network is down
    await until(() => !chat.streaming.value);
    expect(chat.error.value).toBe("failed");
  });

  it("answers a 429 rate_limited with a polite message, not a crash", async () => {
    const limited = () => new Response(JSON.stringify({ error: { code: "rate_limited", message: "Slow down", retryAfter: 30 } }), { status: 429, headers: { "retry-after": "30" } });
    const { chat } = setup([limited]);
    chat.send("hello");
    await until(() => chat.error.value !== "");
    expect(chat.error.value).toBe("limited");
    expect(chat.streaming.value).toBe(false);
  });

  it("posts the consent card's choice to /v1/contact with the session token: the address and that one channel", async () => {
    const { chat, requests } = setup([
      () => new Response(JSON.stringify({ consent: { sms: true }, contact: { phone: { address: "+4915112345678", verified: false } } })),
      () => new Response("{}", { status: 429 }),
      () => new Response("{}", { status: 400 }),
    ]);
    await chat.giveConsent("call-1", "sms", "+4915112345678");
    expect(requests[0]?.url).toBe("https://edge.example/v1/contact");
    expect(requests[0]?.init?.method).toBe("POST");
    expect(new Headers(requests[0]?.init?.headers).get("authorization")).toBe("Bearer tok");
    expect(JSON.parse(String(requests[0]?.init?.body))).toEqual({ phone: "+4915112345678", consent: { sms: true } });
    expect(chat.consents.value).toEqual({ "call-1": "sent" });
    await chat.giveConsent("call-1", "sms", "+4915112345678"); // already confirmed: not sent twice
    expect(requests).toHaveLength(1);
    await chat.giveConsent("call-2", "email", "sam@example.com");
    expect(JSON.parse(String(requests[1]?.init?.body))).toEqual({ email: "sam@example.com", consent: { email: true } });
    expect(chat.consents.value["call-2"]).toBe("limited");
    await chat.giveConsent("call-3", "whatsapp", "+4915112345678");
    expect(JSON.parse(String(requests[2]?.init?.body))).toEqual({ phone: "+4915112345678", consent: { whatsapp: true } });
    expect(chat.consents.value["call-3"]).toBe("failed");
  });

  it("sends an opener only into an empty conversation", async () => {
    const { chat, requests } = setup([]);
    chat.opener({ trigger: "exit_intent", page: "/checkout" });
    expect(requests).toEqual([]);
  });
});
