import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { assistantFailed, couldNotHelpTwice } from "../../src/handover/could-not-help.ts";

const user = (text: string): UIMessage => ({ id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text }] });
const reply = (outputs: unknown[]): UIMessage => ({
  id: crypto.randomUUID(),
  role: "assistant",
  parts: [
    ...outputs.map((output, i) => ({ type: "tool-getProduct" as const, toolCallId: `c${i}`, state: "output-available" as const, input: {}, output })),
    { type: "text", text: "…" },
  ],
});
const failed = reply([{ ok: false, code: "store_unavailable", message: "down" }]);
const helped = reply([{ ok: true, product: {} }]);
const talk: UIMessage = { id: "t", role: "assistant", parts: [{ type: "text", text: "Sure." }] };
const notice: UIMessage = { id: "n", role: "assistant", metadata: { author: "platform" }, parts: [{ type: "text", text: "back" }] };

describe("could not help: every tool result of an assistant reply failed", () => {
  it("a reply whose tools all failed counts; a mixed reply or one without tools does not", () => {
    expect(assistantFailed(failed)).toBe(true);
    expect(assistantFailed(reply([{ ok: false }, { ok: true }]))).toBe(false);
    expect(assistantFailed(talk)).toBe(false);
  });

  it("two failed replies in a row hand over; one, or a success in between, does not", () => {
    expect(couldNotHelpTwice([user("a"), failed, user("b"), failed])).toBe(true);
    expect(couldNotHelpTwice([user("a"), failed])).toBe(false);
    expect(couldNotHelpTwice([user("a"), failed, user("b"), helped, user("c"), failed])).toBe(false);
    expect(couldNotHelpTwice([user("a"), failed, user("b"), talk])).toBe(false);
  });

  it("failures before a hand-back notice do not count again", () => {
    expect(couldNotHelpTwice([failed, failed, notice])).toBe(false);
    expect(couldNotHelpTwice([failed, notice, failed])).toBe(false);
  });
});
