import type { Summary } from "../edge/src/analytics/summary-schema.ts";
import { edgeClient, type EdgeClient } from "./simulate/edge-client.ts";
import { runJourney, type Outcome } from "./simulate/journey.ts";
import { parseOptions, usage } from "./simulate/options.ts";
import { makePersona } from "./simulate/personas.ts";
import { pick, seeded } from "./simulate/prng.ts";
import { agentVsHoldout, strategyTable, summaryTable } from "./simulate/report.ts";
import { storeClient } from "./simulate/store-client.ts";
import { configureSites, strategyNames, type StrategyId } from "./simulate/strategies.ts";

/**
 * Shopper simulator: N synthetic shoppers with hidden objections drive the demo store and the
 * edge over HTTP (no browser), are randomized across strategies (one site each, with its own
 * holdout), and the run prints agent vs holdout recovery and a strategy comparison.
 */
/**
 * The store delivers order webhooks in the background: poll the summary until it has seen every
 * order the simulation placed (or 30 s pass, e.g. when event recording is not wired up).
 */
async function settledSummary(edge: EdgeClient, siteId: string, from: string, orders: number): Promise<Summary | Error> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const summary = await edge.summary(siteId, from);
      const seen = summary.comparison.agent.recovered + summary.comparison.holdout.recovered;
      // No sessions at all: the edge is not recording analytics events, waiting will not help.
      if (seen >= orders || summary.kpis.sessions === 0 || Date.now() > deadline) return summary;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2).filter((a) => a !== "--"), process.env);
  if (!parsed.ok) {
    console.error(`${parsed.message}\n${usage}`);
    return 2;
  }
  const o = parsed.options;
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  const store = storeClient(o.storeUrl, o.storeToken);
  const edge = edgeClient(o.edgeUrl, new URL(o.storeUrl).origin, o.adminToken);
  const sites = await configureSites(edge, o.baseSite, o.prefix, o.holdout, o.strategies);
  const random = seeded(o.seed);
  const plan = Array.from({ length: o.shoppers }, (_, i) => ({ persona: makePersona(random, i, o.seed), strategy: pick(random, o.strategies) }));

  console.log(`Simulating ${o.shoppers} shoppers (seed ${o.seed}) across ${o.strategies.map((s) => strategyNames[s]).join(", ")}; holdout ${o.holdout}%.`);
  const outcomes: Outcome[] = [];
  let failures = 0;
  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const item = plan[next++];
      if (!item) break;
      const { persona, strategy } = item;
      try {
        outcomes.push(await runJourney({ store, edge }, persona, strategy, sites.get(strategy) ?? o.baseSite, o.seed));
      } catch (error) {
        failures += 1;
        if (failures <= 5) console.error(`shopper ${persona.index}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const done = outcomes.length + failures;
      if (done % Math.max(10, Math.floor(o.shoppers / 10)) === 0) console.log(`  ${done}/${o.shoppers} shoppers`);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  if (outcomes.length === 0) {
    console.error("No shopper completed; is the store at STORE_URL and the edge at EDGE_URL running?");
    return 1;
  }

  const currency = "EUR";
  const byStrategy = new Map<StrategyId, Outcome[]>(o.strategies.map((s) => [s, outcomes.filter((x) => x.strategy === s)]));
  console.log(`\n${outcomes.length} shoppers completed${failures ? `, ${failures} failed` : ""}.`);
  for (const [id, list] of byStrategy) console.log(`\nAgent vs holdout · ${strategyNames[id]} (site ${sites.get(id)})\n${agentVsHoldout(list, currency)}`);
  console.log(`\nStrategy comparison (as simulated)\n${strategyTable(byStrategy, currency)}`);
  const summaries = await Promise.all(
    [...sites].map(async ([id, siteId]): Promise<[StrategyId, string, Summary | Error]> => {
      const bought = (byStrategy.get(id) ?? []).filter((x) => x.bought).length;
      return [id, siteId, await settledSummary(edge, siteId, startedAt, bought)];
    }),
  );
  console.log(`\nMeasured by the edge (GET /v1/analytics/summary, as on /dashboard)\n${summaryTable(summaries)}`);
  // A few journeys can fail for shop reasons (the last unit sold between cart and order).
  return failures > Math.max(1, o.shoppers * 0.01) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
