import { afterEach, describe, expect, it, vi } from "vitest";
import { createChatModel } from "../src/panel/chat-model.ts";
import { liveUpdates } from "../src/panel/live-updates.ts";
import { testPanelHost } from "./panel-host.ts";

const host = testPanelHost({ session: { sessionId: "s1", token: "t/k+n", group: "agent" } });

/** The browser's EventSource, recorded: the URL it opened, whether it was closed, and a way to deliver an event. */
class RecordedSource {
  static opened: RecordedSource[] = [];
  closed = false;
  onmessage: ((e: { data: string }) => void) | null = null;
  constructor(readonly url: string) {
    RecordedSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  deliver(data: unknown) {
    this.onmessage?.({ data: typeof data === "string" ? data : JSON.stringify(data) });
  }
}

const human = { id: "h1", role: "assistant", metadata: { author: "human", name: "Sam", byline: "Sam from Northwind Goods" }, parts: [{ type: "text", text: "Sam here." }] };

afterEach(() => {
  vi.unstubAllGlobals();
  RecordedSource.opened = [];
});

describe("live updates while the panel is open", () => {
  it("listens only while open, with the token and the last message id, and appends a person's reply once, labelled", () => {
    vi.stubGlobal("EventSource", RecordedSource);
    const chat = createChatModel(host);
    const stop = liveUpdates(host, chat);
    expect(RecordedSource.opened).toHaveLength(0);

    chat.open.value = true;
    const [source] = RecordedSource.opened;
    if (!source) throw new Error("no event stream opened");
    expect(source.url).toBe("https://edge.example/v1/sessions/s1/events?token=t%2Fk%2Bn&after=u0");
    source.deliver(": not json");
    source.deliver(human);
    source.deliver(human);
    expect(chat.messages.value.map((m) => m.id)).toEqual(["u0", "h1"]);
    expect(chat.messages.value[1]).toMatchObject({ role: "assistant", by: "Sam from Northwind Goods", parts: [{ kind: "text", text: "Sam here." }] });
    expect(chat.announcement.value).toBe("Sam here.");

    chat.open.value = false;
    expect(source.closed).toBe(true);
    chat.open.value = true;
    expect(RecordedSource.opened).toHaveLength(2);
    expect(RecordedSource.opened[1]?.url).toContain("after=h1");
    stop();
    expect(RecordedSource.opened[1]?.closed).toBe(true);
  });
});
