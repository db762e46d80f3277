import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { KnownMessages } from "../../src/session/known-messages.ts";

const hello: UIMessage = { id: "m1", role: "user", parts: [{ type: "text", text: "Hello" }] };
const row = (message: unknown, id = "m1") => ({ id, body: JSON.stringify(message) });

describe("KnownMessages", () => {
  it("gives back copies of what it wrote, so a caller changing one cannot change the next read", async () => {
    const known = new KnownMessages();
    known.remember(JSON.stringify(hello), hello);
    const [first] = await known.read([row(hello)]);
    expect(first).toEqual(hello);
    expect(first).not.toBe(hello);
    first?.parts.push({ type: "text", text: "changed" });
    expect(await known.read([row(hello)])).toEqual([hello]);
  });

  it("validates a row whose body it does not know, and refuses one that is not a message", async () => {
    const known = new KnownMessages();
    known.remember(JSON.stringify(hello), hello);
    const edited = { ...hello, parts: [{ type: "text", text: "Edited elsewhere" }] };
    expect(await known.read([row(edited)])).toEqual([edited]);
    await expect(known.read([row({ id: "m2", role: "robot", parts: [] }, "m2")])).rejects.toThrow();
  });

  it("holds a body only once it wrote or validated exactly that body", async () => {
    const known = new KnownMessages();
    expect(known.holds("m1", JSON.stringify(hello))).toBe(false);
    await known.read([row(hello)]);
    expect(known.holds("m1", JSON.stringify(hello))).toBe(true);
    expect(known.holds("m1", JSON.stringify({ ...hello, parts: [] }))).toBe(false);
  });
});
