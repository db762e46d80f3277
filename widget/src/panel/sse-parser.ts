/**
 * A small incremental parser for the `text/event-stream` the chat endpoint answers with (the AI SDK
 * UI message stream): feeds it decoded text in arbitrary pieces, calls `onData` once per event with
 * its `data` (multi-line data joined by "\n"). Comments, `event:`, `id:` and `retry:` are ignored.
 */
export interface SseParser {
  push(text: string): void;
  /** Flushes an event the stream ended without a blank line after. */
  end(): void;
}

export function createSseParser(onData: (data: string) => void): SseParser {
  let buffer = "";
  let data: string[] = [];
  const dispatch = () => {
    if (data.length) onData(data.join("\n"));
    data = [];
  };
  const line = (l: string) => {
    if (l === "") return dispatch();
    if (l.startsWith(":")) return;
    const colon = l.indexOf(":");
    const field = colon === -1 ? l : l.slice(0, colon);
    let value = colon === -1 ? "" : l.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") data.push(value);
  };
  return {
    push(text) {
      buffer += text;
      let at: number;
      while ((at = buffer.search(/\r\n|\r|\n/)) !== -1) {
        // A lone "\r" at the very end may be half of "\r\n": wait for the next piece.
        if (buffer[at] === "\r" && at === buffer.length - 1) break;
        const eol = buffer.startsWith("\r\n", at) ? 2 : 1;
        line(buffer.slice(0, at));
        buffer = buffer.slice(at + eol);
      }
    },
    end() {
      if (buffer) line(buffer.replace(/\r$/, ""));
      buffer = "";
      dispatch();
    },
  };
}
