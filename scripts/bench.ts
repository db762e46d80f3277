import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freePort, root, startEdge, startStore, type Service } from "./lib/processes.ts";
import { openObjectDatabases, processStats, type ProcessStat } from "./bench/proc-stats.ts";
import { percentile, table } from "./bench/stats.ts";
import { turnClient, type TurnResult } from "./bench/turn-client.ts";

/**
 * `npm run bench`: the edge's speed under the built-in model, as one table. Starts the demo store
 * and `wrangler dev` on free ports (or targets a running stack with --edge and --store), and
 * measures every figure beside a bare Store API call and `GET /health` of the same run, so each
 * also reads as a ratio. Not a test: it prints figures and asserts nothing.
 *   --quick        fewer samples (a smoke run)
 *   --widget       also run scripts/bench-widget.ts (Chromium, 4x CPU throttle)
 */
const { values: args } = parseArgs({
  options: { edge: { type: "string" }, store: { type: "string" }, quick: { type: "boolean" }, widget: { type: "boolean" } },
});
const quick = args.quick ?? false;
const services: Service[] = [];
let edgeUrl = args.edge;
let storeUrl = args.store;
if (!edgeUrl || !storeUrl) {
  const dir = mkdtempSync(join(tmpdir(), "cart-saver-bench-"));
  const [storePort, edgePort] = [await freePort(), await freePort()];
  edgeUrl = `http://127.0.0.1:${edgePort}`;
  const store = await startStore({ port: storePort, dataDir: join(dir, "store"), edgeUrl });
  services.push(store);
  storeUrl = store.url;
  services.push(await startEdge({ port: edgePort, storeUrl, persistDir: join(dir, "edge"), vars: { DEMO_HOLDOUT_PERCENT: "0" } }));
}
const client = turnClient(edgeUrl, storeUrl);
const rows: string[][] = [];
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The edge's process group when this run started it (workerd runs in it); else every workerd. */
const edgeGroup = services[1]?.child.pid ?? null;

interface StackUsage {
  /** CPU time (user + system, ms) of the edge's workerd processes (the proxy worker's and ours). */
  workerdCpu: number;
  /** The same for the edge's Node processes (wrangler's dev server); 0 when targeting a running stack. */
  nodeCpu: number;
  /** Resident memory of the edge's workerd processes (MB). */
  workerdRssMb: number;
  /** Session Durable Objects in memory. */
  sessionObjects: number;
}

/** What the edge's processes used so far, read from /proc; null when no workerd is found. */
function stackUsage(): StackUsage | null {
  const inGroup = processStats().filter((p) => edgeGroup === null || p.pgrp === edgeGroup);
  const workerd = inGroup.filter((p) => p.name.startsWith("workerd"));
  if (workerd.length === 0) return null;
  const node = edgeGroup === null ? [] : inGroup.filter((p) => p.name === "node");
  const sum = (list: ProcessStat[], of: (p: ProcessStat) => number) => list.reduce((total, p) => total + of(p), 0);
  return {
    workerdCpu: sum(workerd, (p) => p.cpuMs),
    nodeCpu: sum(node, (p) => p.cpuMs),
    workerdRssMb: sum(workerd, (p) => p.rssMb),
    sessionObjects: sum(workerd, (p) => openObjectDatabases(p.pid, "SessionObject")),
  };
}

const cpuText = (n: number | null) => (n === null ? "n/a" : ms(n));

interface CpuPerRequest {
  workerd: number;
  node: number;
}

/** CPU per request (ms) while `run` makes `n` requests (one at a time: nothing else runs). */
async function cpuPer<T>(n: number, run: () => Promise<T>): Promise<{ result: T; cpu: CpuPerRequest | null }> {
  const before = stackUsage();
  const result = await run();
  const after = stackUsage();
  const cpu = before === null || after === null ? null : { workerd: (after.workerdCpu - before.workerdCpu) / n, node: (after.nodeCpu - before.nodeCpu) / n };
  return { result, cpu };
}

/** "workerd 3.3 ms, wrangler's Node 0.0 ms" */
const stackCpuText = (cpu: CpuPerRequest | null) => (cpu === null ? "n/a" : `workerd ${ms(cpu.workerd)}, wrangler's Node ${ms(cpu.node)}`);

async function timed(n: number, call: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await call();
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

try {
  const samples = quick ? 10 : 30;
  const cartId = await client.newCart();
  const store = await timed(samples, () => fetch(`${storeUrl}/api/carts/${cartId}`, { headers: client.storeHeaders }));
  // workerd's own floor: CPU per request that does (next to) nothing, beside what a turn costs.
  const cpuHealth = await cpuPer(samples, () => timed(samples, () => fetch(`${edgeUrl}/health`)));
  const health = cpuHealth.result;
  const cpuConfig = await cpuPer(samples, () => timed(samples, () => fetch(`${edgeUrl}/v1/sites/demo/widget-config`)));
  const config = cpuConfig.result;
  const healthP50 = percentile(health, 50);
  rows.push(["bare Store API call p50 / p95", `${ms(percentile(store, 50))} / ${ms(percentile(store, 95))}`, ""]);
  rows.push(["GET /health p50 / p95", `${ms(healthP50)} / ${ms(percentile(health, 95))}`, `1×; CPU per request: ${stackCpuText(cpuHealth.cpu)}`]);
  rows.push(["GET widget-config p50", ms(percentile(config, 50)), `${(percentile(config, 50) / healthP50).toFixed(1)}× health; CPU per request: ${stackCpuText(cpuConfig.cpu)}`]);

  // Sequential single turns on fresh sessions, with workerd's CPU over all of them.
  const created = await cpuPer(samples, async () => {
    const sessions: Awaited<ReturnType<typeof client.session>>[] = [];
    for (let i = 0; i < samples; i++) sessions.push(await client.session());
    return sessions;
  });
  const firstTurns: TurnResult[] = [];
  const alone = await cpuPer(samples, async () => {
    for (const session of created.result) firstTurns.push(await client.turn(session, "How much is shipping to Germany?"));
  });
  const ttfb = firstTurns.map((t) => t.ttfb);
  const ttlb = firstTurns.map((t) => t.ttlb);
  rows.push(["turn (sequential) time to first byte p50 / p95", `${ms(percentile(ttfb, 50))} / ${ms(percentile(ttfb, 95))}`, `${(percentile(ttfb, 95) / healthP50).toFixed(1)}× health p50`]);
  rows.push(["turn (sequential) time to last byte p50 / p95", `${ms(percentile(ttlb, 50))} / ${ms(percentile(ttlb, 95))}`, `${(percentile(ttlb, 50) / percentile(store, 50)).toFixed(1)}× a Store API call`]);
  const cpuPerFirst = created.cpu && alone.cpu && created.cpu.workerd + alone.cpu.workerd;
  rows.push(["workerd CPU per turn, turn 1 (incl. session creation)", cpuText(cpuPerFirst), `session creation ${cpuText(created.cpu?.workerd ?? null)} + the turn ${cpuText(alone.cpu?.workerd ?? null)}; wrangler's Node ${cpuText(created.cpu && alone.cpu && created.cpu.node + alone.cpu.node)}`]);

  // Turn 40 of long conversations: CPU and latency against turn 1.
  const longSessions = quick ? 2 : 6;
  const long = await Promise.all(Array.from({ length: longSessions }, () => client.session()));
  const questions = ["Do you have it in L?", "How long does delivery take?", "Can I return it?", "How can I pay?"];
  for (let turn = 1; turn < 40; turn++) {
    for (const session of long) await client.turn(session, questions[turn % questions.length] ?? "hi");
  }
  const turn40 = await cpuPer(longSessions, async () => {
    const turns: TurnResult[] = [];
    for (const session of long) turns.push(await client.turn(session, "How much is shipping to Germany?"));
    return turns;
  });
  const fortieth = turn40.result;
  const cpu40 = turn40.cpu?.workerd ?? null;
  rows.push(["workerd CPU per turn, turn 40", cpuText(cpu40), `${cpuPerFirst && cpu40 ? `${(cpu40 / cpuPerFirst).toFixed(2)}× turn 1; ` : ""}wrangler's Node ${cpuText(turn40.cpu?.node ?? null)}`]);
  rows.push(["turn 40 time to last byte p50", ms(percentile(fortieth.map((t) => t.ttlb), 50)), `${(percentile(fortieth.map((t) => t.ttlb), 50) / percentile(ttlb, 50)).toFixed(2)}× turn 1`]);

  // Concurrent shoppers, three turns each, with workerd's memory after each run.
  const rssText = () => {
    const usage = stackUsage();
    return usage === null ? "n/a" : `${usage.workerdRssMb.toFixed(0)} MB`;
  };
  rows.push(["workerd resident memory before the concurrent runs", rssText(), ""]);
  for (const concurrency of quick ? [10, 50] : [10, 50, 100, 200]) {
    const started = performance.now();
    const results = (
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          const session = await client.trySession();
          // A refused session counts as three failed turns (its status, 0 for a dropped connection).
          if (typeof session === "number") return [1, 2, 3].map(() => ({ status: session, ttfb: Number.NaN, ttlb: Number.NaN, complete: false }));
          const turns: TurnResult[] = [];
          for (const text of ["How much is shipping to Germany?", "Can I return it if it doesn't fit?", "ok, send me a checkout link"]) turns.push(await client.turn(session, text));
          return turns;
        }),
      )
    ).flat();
    const seconds = (performance.now() - started) / 1000;
    const ok = results.filter((r) => r.status === 200 && r.complete);
    const times = ok.map((r) => r.ttfb);
    const failed = results.filter((r) => r.status !== 200 && r.status !== 409);
    const errors = failed.length;
    const byStatus = [...new Set(failed.map((r) => r.status))].map((status) => `${failed.filter((r) => r.status === status).length}× ${status}`).join(", ");
    const conflicts = results.filter((r) => r.status === 409).length;
    const incomplete = results.filter((r) => r.status === 200 && !r.complete).length;
    rows.push([
      `${concurrency} sessions × 3 turns`,
      `${(results.length / seconds).toFixed(1)} turns/s; TTFB p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, p99 ${ms(percentile(times, 99))}`,
      `${errors} errors${byStatus ? ` (${byStatus})` : ""}, ${incomplete} incomplete, ${conflicts} × 409; workerd memory after: ${rssText()}`,
    ]);
  }

  // workerd evicts a Durable Object 10 s after its last request unless a timer of its own is pending.
  const objects = () => stackUsage()?.sessionObjects ?? Number.NaN;
  const rightAfter = objects();
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  rows.push(["session objects in memory after the concurrent runs", `${rightAfter} right after, ${objects()} after 15 s idle`, `workerd memory after 15 s idle: ${rssText()}`]);
} finally {
  await Promise.all(services.map((s) => s.stop()));
}

console.log(`\nCart Saver edge benchmark (built-in model), ${new Date().toISOString()}\n`);
console.log(table(["what", "figure", "ratio / notes"], rows));

if (args.widget) {
  const widget = spawnSync(join(root, "node_modules/.bin/tsx"), ["scripts/bench-widget.ts", "5"], { cwd: root, stdio: "inherit" });
  process.exitCode = widget.status ?? 1;
}
