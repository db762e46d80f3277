import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, root, startEdge, startStore, type Service } from "./lib/processes.ts";
import { chatClient } from "./eval/chat-client.ts";
import { allCases } from "./eval/cases.ts";
import { printReport } from "./eval/report.ts";
import { runAll, runCase } from "./eval/run-case.ts";
import { storeFacts } from "./eval/store-facts.ts";

/**
 * `npm run eval`: shopper conversations (English and German, single- and multi-turn) against the
 * demo store through the public chat API, each answer checked against the live Store API; prints
 * the pass rate per kind and overall. Starts the demo store and `wrangler dev` on free ports, or
 * targets a running stack with EVAL_STORE_URL and EVAL_EDGE_URL (STORE_API_TOKEN, EVAL_SITE_ID).
 *   --floor <pct>   exit 1 when the overall pass rate is below pct
 *   --kind-floor <pct>  exit 1 when any one kind's pass rate is below pct
 *   --failures      print every failed case with its answer
 *   --only <group>  run one kind only
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const floor = flag("--floor") === undefined ? null : Number(flag("--floor"));
const kindFloor = flag("--kind-floor") === undefined ? null : Number(flag("--kind-floor"));
if (floor !== null && !Number.isFinite(floor)) throw new Error("--floor needs a percentage, e.g. --floor 95");
const only = flag("--only");

const services: Service[] = [];
let scratch: string | null = null;
async function stack() {
  const store = process.env.EVAL_STORE_URL;
  const edge = process.env.EVAL_EDGE_URL;
  if (store && edge) return { storeUrl: store, edgeUrl: edge };
  scratch = mkdtempSync(join(tmpdir(), "cart-saver-eval-"));
  // wrangler wants the widget's assets directory; the eval never loads the widget, so no build is needed.
  mkdirSync(join(root, "dist/widget"), { recursive: true });
  const [storePort, edgePort] = [await freePort(), await freePort()];
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const started = await startStore({ port: storePort, dataDir: join(scratch, "store"), edgeUrl });
  services.push(started);
  services.push(await startEdge({ port: edgePort, storeUrl: started.url, persistDir: join(scratch, "edge"), vars: { DEMO_HOLDOUT_PERCENT: "0", MODEL: "builtin" } }));
  return { storeUrl: started.url, edgeUrl };
}

const startedAt = Date.now();
let exitCode = 0;
try {
  const { storeUrl, edgeUrl } = await stack();
  const client = chatClient({ storeUrl, edgeUrl, storeToken: process.env.STORE_API_TOKEN ?? "dev-store-token", siteId: process.env.EVAL_SITE_ID ?? "demo" });
  const facts = storeFacts(client);
  const cases = allCases().filter((c) => only === undefined || c.group === only);
  const results = await runAll(cases, Number(process.env.EVAL_CONCURRENCY ?? 4), (c, i) => runCase(c, i, client, facts, storeUrl));
  const overall = printReport(results, args.includes("--failures"));
  console.log(`\n${cases.length} cases in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  if (floor !== null && overall < floor) {
    console.error(`Pass rate ${overall.toFixed(1)}% is below the floor of ${floor}%.`);
    exitCode = 1;
  }
  for (const group of new Set(results.map((r) => r.case.group))) {
    const mine = results.filter((r) => r.case.group === group);
    const rate = (100 * mine.filter((r) => r.failures.length === 0).length) / mine.length;
    if (kindFloor !== null && rate < kindFloor) {
      console.error(`Kind ${group}: pass rate ${rate.toFixed(1)}% is below the floor of ${kindFloor}%.`);
      exitCode = 1;
    }
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  for (const service of services.reverse()) await service.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
