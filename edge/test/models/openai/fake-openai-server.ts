import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { once } from "node:events";
import { z } from "zod";

const ChatRequest = z.looseObject({
  model: z.string(),
  stream: z.boolean().optional(),
  messages: z.array(z.looseObject({ role: z.string(), content: z.unknown(), tool_call_id: z.string().optional() })),
  tools: z.array(z.looseObject({ function: z.looseObject({ name: z.string() }) })).optional(),
});

/** One scripted answer: SSE chat-completion chunks, or an HTTP error. */
export type FakeReply =
  | { kind: "tool_calls"; calls: { name: string; arguments: string }[] }
  | { kind: "text"; text: string }
  | { kind: "error"; status: number; message: string };

function chunk(delta: object, finish: string | null = null) {
  return { id: "chatcmpl-fake", object: "chat.completion.chunk", created: 1, model: "gpt-fake", choices: [{ index: 0, delta, finish_reason: finish }] };
}

function events(reply: Exclude<FakeReply, { kind: "error" }>): object[] {
  const usage = { id: "chatcmpl-fake", object: "chat.completion.chunk", created: 1, model: "gpt-fake", choices: [], usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 } };
  if (reply.kind === "text") {
    const words = reply.text.match(/\S+\s*/g) ?? [reply.text];
    return [chunk({ role: "assistant", content: "" }), ...words.map((w) => chunk({ content: w })), chunk({}, "stop"), usage];
  }
  const starts = reply.calls.map((call, index) =>
    chunk({ role: "assistant", content: null, tool_calls: [{ index, id: `call_${index}`, type: "function", function: { name: call.name, arguments: "" } }] }),
  );
  const args = reply.calls.map((call, index) => chunk({ tool_calls: [{ index, function: { arguments: call.arguments } }] }));
  return [...starts, ...args, chunk({}, "tool_calls"), usage];
}

/** A local server speaking OpenAI chat completions (streaming), replying from a script. */
export async function startFakeOpenAI(script: FakeReply[]) {
  const requests: z.infer<typeof ChatRequest>[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    for await (const part of req) body += part;
    requests.push(ChatRequest.parse(JSON.parse(body)));
    const reply = script[requests.length - 1] ?? { kind: "error", status: 500, message: "script exhausted" };
    if (reply.kind === "error") {
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: reply.message, type: "server_error", code: null } }));
      return;
    }
    streamReply(res, reply);
  });
  const port = await listenLocal(server);
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Writes one scripted answer as OpenAI's streaming chat-completion chunks. */
export function streamReply(res: ServerResponse, reply: Exclude<FakeReply, { kind: "error" }>): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const event of events(reply)) res.write(`data: ${JSON.stringify(event)}\n\n`);
  res.end("data: [DONE]\n\n");
}

/** Listens on a free loopback port and returns it. */
export async function listenLocal(server: Server): Promise<number> {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}
