import type { UIMessage } from "ai";
import { runAgentTurn } from "../../../src/agent/run-agent-turn.ts";
import { testTurn } from "../../agent/agent-fixtures.ts";
import { userMessage } from "../../agent/scripted-model.ts";
import { demoStore } from "../../store/demo-store-fixture.ts";

export type ToolPart = { tool: string; input: unknown; output: unknown };

/** The text and tool parts of an assistant message as persisted by run-agent-turn. */
export function readAssistant(message: UIMessage | undefined): { text: string; tools: ToolPart[] } {
  const parts = message?.parts ?? [];
  const text = parts.flatMap((p) => (p.type === "text" ? [p.text] : [])).join(" ");
  const tools = parts.flatMap((p) => ("toolCallId" in p && p.type.startsWith("tool-") ? [{ tool: p.type.slice(5), input: p.input, output: "output" in p ? p.output : undefined }] : []));
  return { text, tools };
}

/**
 * A shopper talking to the default (built-in) model through the real runAgentTurn, real tools,
 * real policy engine and the in-process demo store.
 */
export async function shopperSession(lines: { variantId: string; quantity: number }[], options: { language?: "en" | "de"; page?: string } = {}) {
  const store = demoStore();
  const cart = await store.newCart(lines);
  const turn = testTurn(cart.id, { store, session: { language: options.language ?? null, page: options.page ?? null } });
  let history: UIMessage[] = [];
  // What the Session Durable Object does between turns: the next turn sees the recorded objections and offers.
  const session = () => ({ ...turn.input.session, objections: [...turn.memory.objections], offers: [...turn.memory.offers] });
  return {
    cart,
    store,
    memory: turn.memory,
    async say(text: string) {
      await runAgentTurn({ ...turn.input, session: session(), messages: [...history, userMessage(text)] }).text();
      history = turn.finished.at(-1) ?? history;
      return readAssistant(history.at(-1));
    },
    async open(trigger: "exit_intent" | "idle" | "checkout_step", page: string) {
      await runAgentTurn({ ...turn.input, session: session(), messages: [], opener: { trigger, page } }).text();
      history = turn.finished.at(-1) ?? history;
      return readAssistant(history.at(-1));
    },
  };
}
