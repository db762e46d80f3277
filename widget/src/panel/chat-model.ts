import { batch, computed, signal } from "@preact/signals-core";
import type { UIMessage } from "ai";
import type { Opener, PanelHost } from "../common/widget-types.ts";
import { rec, str } from "../common/read.ts";
import { createSseParser } from "./sse-parser.ts";
import { applyChunk, changedCart, fromUIMessage, newId, textOf, type ViewMessage } from "./ui-message.ts";

type ChatBody = { sessionId: string; message: UIMessage } | { sessionId: string; opener: Opener };
export type ChatError = "" | "busy" | "failed" | "limited";
/** A consent card's state, by tool call id. */
export type ConsentState = "sending" | "sent" | "failed" | "limited";
export type Channel = "email" | "sms" | "whatsapp";

/** 409: the previous turn still runs; 429 (rate_limited): a polite "try again in a minute". */
const failure = (status: number): ChatError => (status === 409 ? "busy" : status === 429 ? "limited" : "failed");


/** The conversation as signals; components only render it. History lives on the server. */
export function createChatModel(host: PanelHost, fetcher: typeof fetch = fetch) {
  const messages = signal<ViewMessage[]>(host.history.map(fromUIMessage).filter((m): m is ViewMessage => m !== null));
  const streaming = signal(false);
  const error = signal<ChatError>("");
  /** The last finished reply, for the aria-live region. */
  const announcement = signal("");
  const open = signal(false);
  const unread = signal(0);
  const consents = signal<Record<string, ConsentState>>({});
  const hasUserMessage = computed(() => messages.value.some((m) => m.role === "user"));
  /** Origins links may point at: the store, plus any checkout link the agent created. */
  const linkOrigins = computed(() => {
    const origins = new Set([host.pageOrigin]);
    for (const m of messages.value)
      for (const p of m.parts)
        if (p.kind === "tool" && p.tool === "createCheckoutLink" && p.state === "output") {
          try {
            origins.add(new URL(str(rec(p.output).url)).origin);
          } catch {
            // not a URL: nothing to allow
          }
        }
    return origins;
  });
  let lastBody: ChatBody | null = null;
  const post = (path: string, body: unknown) =>
    fetcher(`${host.edge}${path}`, {
      method: "POST",
      credentials: "omit",
      headers: { authorization: `Bearer ${host.session.token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  const replaceLast = (m: ViewMessage) => {
    messages.value = [...messages.value.slice(0, -1), m];
  };

  async function run(body: ChatBody): Promise<void> {
    lastBody = body;
    let reply: ViewMessage = { id: newId(), role: "assistant", parts: [] };
    let failed: ChatError = "";
    let cart: Record<string, unknown> | null = null;
    batch(() => {
      streaming.value = true;
      error.value = "";
      messages.value = [...messages.value, reply];
    });
    try {
      const res = await post("/v1/chat", body);
      if (!res.ok || !res.body) throw failure(res.status);
      const parser = createSseParser((data) => {
        if (data === "[DONE]") return;
        let chunk: Record<string, unknown>;
        try {
          chunk = rec(JSON.parse(data));
        } catch {
          return;
        }
        if (chunk.type === "error") failed = "failed";
        reply = applyChunk(reply, chunk);
        for (const p of reply.parts) cart = changedCart(p) ?? cart;
        replaceLast(reply);
      });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) parser.push(r.value);
      parser.end();
    } catch (e) {
      failed = e === "busy" || e === "limited" ? e : "failed";
    }
    batch(() => {
      streaming.value = false;
      // No parts: a failure, or a person holds the conversation and the assistant stays silent.
      if (reply.parts.length === 0) messages.value = messages.value.filter((m) => m !== reply);
      error.value = failed;
      if (!failed && reply.parts.length > 0) {
        announcement.value = textOf(reply);
        if (!open.value) unread.value += 1;
      }
    });
    // After the stream, so a host that reloads on cart_updated does not cut the reply short.
    if (cart) host.emit("cart_updated", { cart });
  }

  return {
    messages,
    streaming,
    error,
    announcement,
    open,
    unread,
    hasUserMessage,
    linkOrigins,
    consents,
    /** The consent card's button: POST /v1/contact with the address and consent to this one channel. */
    async giveConsent(id: string, channel: Channel, address: string): Promise<void> {
      if (consents.value[id] === "sending" || consents.value[id] === "sent") return;
      const set = (state: ConsentState) => (consents.value = { ...consents.value, [id]: state });
      set("sending");
      try {
        const res = await post("/v1/contact", { [channel === "email" ? "email" : "phone"]: address, consent: { [channel]: true } });
        set(res.ok ? "sent" : failure(res.status) === "limited" ? "limited" : "failed");
      } catch {
        set("failed");
      }
    },
    send(text: string): void {
      const t = text.trim();
      if (!t || streaming.value) return;
      const message: UIMessage = { id: newId(), role: "user", parts: [{ type: "text", text: t }] };
      messages.value = [...messages.value, { id: message.id, role: "user", parts: [{ kind: "text", id: "0", text: t }] }];
      void run({ sessionId: host.session.sessionId, message });
    },
    opener(o: Opener): void {
      if (!streaming.value && messages.value.length === 0) void run({ sessionId: host.session.sessionId, opener: o });
    },
    /** A message pushed by the server (a person's reply, a handover notice); known ids are ignored. */
    receive(m: ViewMessage): void {
      if (messages.value.some((x) => x.id === m.id)) return;
      batch(() => {
        messages.value = [...messages.value, m];
        announcement.value = textOf(m);
      });
    },
    retry(): void {
      if (lastBody && !streaming.value) void run(lastBody);
    },
  };
}

export type ChatModel = ReturnType<typeof createChatModel>;
