import type { UIMessage } from "ai";
import { runAgentTurn } from "../../src/agent/run-agent-turn.ts";
import { testTurn } from "../agent/agent-fixtures.ts";
import { userMessage } from "../agent/scripted-model.ts";
import { demoStore, variants } from "../store/demo-store-fixture.ts";

/**
 * Not a test: the agent loop's own cost in Node, without workerd, the Durable Object or D1.
 * Conversations of three turns (shipping, returns, checkout link) with the built-in model against
 * the in-memory demo store; prints wall and CPU time per turn. Profile it with
 * `node --cpu-prof --import tsx edge/test/bench/agent-loop.ts`.
 *   npx tsx edge/test/bench/agent-loop.ts [conversations]
 */
const conversations = Number(process.argv[2] ?? 100);
const store = demoStore();
const questions = ["How much is shipping to Germany?", "Can I return it if it doesn't fit?", "ok, send me a checkout link"];

async function conversation(): Promise<void> {
  const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]);
  const turn = testTurn(cart.id, { store });
  let history: UIMessage[] = [];
  for (const question of questions) {
    await runAgentTurn({ ...turn.input, messages: [...history, userMessage(question)] }).text();
    history = turn.finished.at(-1) ?? [];
  }
}

for (let i = 0; i < 20; i++) await conversation(); // warm-up
const started = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < conversations; i++) await conversation();
const used = process.cpuUsage(cpu);
const turns = conversations * questions.length;
console.log(`${turns} turns: ${((performance.now() - started) / turns).toFixed(2)} ms wall, ${((used.user + used.system) / 1000 / turns).toFixed(2)} ms CPU per turn`);
