import { createServer } from "node:http";
import { z } from "zod";
import { listenLocal, streamReply } from "../models/openai/fake-openai-server.ts";

const Message = z.looseObject({ role: z.string(), content: z.unknown() });
const Request = z.looseObject({ messages: z.array(Message) });

/**
 * A stand-in for an LLM that does whatever the shopper asks, as the red-team report used: a user
 * message `CALL <tool> <json>` becomes that tool call; after the tool result it answers with the
 * result's JSON as text. It speaks OpenAI chat completions (streaming), so the worker's real
 * `@ai-sdk/openai` path runs against it; whatever it makes the tools do, the tools' own rules hold.
 */
export async function startObedientLLM() {
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const part of req) body += part;
    const { messages } = Request.parse(JSON.parse(body));
    const last = messages.at(-1);
    const text = typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
    const call = last?.role === "user" ? /^CALL (\w+) (.*)$/s.exec(text) : null;
    const reply = call
      ? { kind: "tool_calls" as const, calls: [{ name: call[1] ?? "", arguments: call[2] ?? "{}" }] }
      : { kind: "text" as const, text: last?.role === "tool" ? `TOOL RESULT ${text}` : "OK" };
    streamReply(res, reply);
  });
  const port = await listenLocal(server);
  return {
    vars: { MODEL: "openai:gpt-obedient", OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
