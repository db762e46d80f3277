import * as intents from "../edge/src/models/builtin/intents/detect-intents.ts";
import { allCases } from "./eval/cases.ts";

/**
 * Cost of the built-in model's intent detection (not a test): every shopper message of the eval,
 * detected `rounds` times after a warm-up; prints the mean and p95 per message in microseconds.
 * `npx tsx scripts/bench-intents.ts [rounds]`
 */
const rounds = Number(process.argv[2] ?? 20);
// Fresh detection (no per-text cache), so every round does the full work.
// (Looked up by name so the script also runs against older code without it, for before/after figures.)
const fresh: unknown = Reflect.get(intents, "detectIntentsFresh");
const detectIntents = (text: string): unknown => (typeof fresh === "function" ? fresh(text) : intents.detectIntents(text));
const messages = allCases().flatMap((c) => c.turns);
for (const text of messages) detectIntents(text);

const samples: number[] = [];
const started = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const text of messages) {
    const t0 = performance.now();
    detectIntents(text);
    samples.push(performance.now() - t0);
  }
}
const total = performance.now() - started;
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
console.log(`${messages.length} messages × ${rounds} rounds`);
console.log(`per message: mean ${us(total / samples.length)}, p50 ${us(at(0.5))}, p95 ${us(at(0.95))}, max ${us(at(1))}`);
