import { describe, expect, it } from "vitest";
import { createSseParser } from "../src/panel/sse-parser.ts";

const parse = (pieces: string[]) => {
  const out: string[] = [];
  const p = createSseParser((d) => out.push(d));
  for (const piece of pieces) p.push(piece);
  p.end();
  return out;
};

describe("SSE parser", () => {
  it("yields each event's data, across arbitrary chunk boundaries", () => {
    const stream = 'data: {"type":"start"}\n\ndata: {"type":"text-delta","id":"1","delta":"Hi"}\n\ndata: [DONE]\n\n';
    const whole = parse([stream]);
    expect(whole).toEqual(['{"type":"start"}', '{"type":"text-delta","id":"1","delta":"Hi"}', "[DONE]"]);
    expect(parse(stream.split(""))).toEqual(whole);
  });
  it("handles CRLF and CR line endings, even split between chunks", () => {
    expect(parse(["data: a\r", "\n\r\ndata: b\r\r"])).toEqual(["a", "b"]);
  });
  it("joins multi-line data and ignores comments and other fields", () => {
    expect(parse([": keep-alive\nevent: message\nid: 7\ndata: one\ndata: two\n\n"])).toEqual(["one\ntwo"]);
  });
  it("keeps a value's spaces except the single one after the colon", () => {
    expect(parse(["data:  x \n\n", "data:y\n\n"])).toEqual([" x ", "y"]);
  });
  it("flushes a final event without a trailing blank line", () => {
    expect(parse(["data: last"])).toEqual(["last"]);
  });
  it("ignores events without data", () => {
    expect(parse(["event: ping\n\n\n\n"])).toEqual([]);
  });
});
