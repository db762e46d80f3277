import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transform } from "esbuild";
import { Miniflare } from "miniflare";
import { freePort, root } from "./lib/processes.ts";
import { startThrowawayWrangler } from "./bench/throwaway-wrangler.ts";
import { openObjectDatabases, processStats, type ProcessStat } from "./bench/proc-stats.ts";

/**
 * Not a test: shows whether workerd's memory growing with the number of Durable Objects (not with
 * requests) is ours or the local runtime's. A worker with one SQLite-backed Durable Object per id
 * and nothing else (bench/do-memory-worker.ts) gets 300 new objects (3 requests each), 70 s idle,
 * 300 more, then 900 requests to 10 of the first objects. After each step it reads from /proc
 * the resident memory of its workerd processes and how many object databases they hold open (one
 * per object in memory); the last step also counts how many of those 10 objects had been evicted
 * (a fresh instance answers). First under `wrangler dev` (as `npm start` runs the edge), then
 * Miniflare's workerd directly.
 *   npx tsx scripts/bench-do-memory.ts
 */
const script = join(root, "scripts/bench/do-memory-worker.ts");

/**
 * The workerd processes that `owns` picks: resident MB, and how many Durable Object databases they
 * hold open (one per object in memory).
 */
function workerdUsage(owns: (stat: ProcessStat) => boolean): string {
  const workerd = processStats().filter((p) => p.name.startsWith("workerd") && owns(p));
  const mb = workerd.reduce((total, p) => total + p.rssMb, 0);
  const databases = workerd.reduce((total, p) => total + openObjectDatabases(p.pid), 0);
  return `${mb.toFixed(0)} MB, ${databases} open`;
}

/** `total` requests, 20 at a time, to the objects `ids` (round robin); returns the bodies. */
async function hit(url: string, ids: number[], total: number): Promise<string[]> {
  const bodies: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < total) {
        const id = ids[next++ % ids.length];
        const res = await fetch(`${url}/?id=${id}`);
        const body = await res.text();
        if (res.status !== 200) throw new Error(`id ${id}: ${res.status} ${body.slice(0, 200)}`);
        bodies.push(body);
      }
    }),
  );
  return bodies;
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** The steps, each with workerd's usage after it, and for the last how many old objects were evicted. */
async function run(url: string, usage: () => string): Promise<string[]> {
  const column = [usage()];
  await hit(url, range(0, 300), 900);
  column.push(usage());
  await new Promise((resolve) => setTimeout(resolve, 70_000));
  column.push(usage());
  await hit(url, range(300, 300), 900);
  column.push(usage());
  // The first answer of each old object: served = 1 while rows > 3 means a new instance (evicted).
  const first = await Promise.all(range(0, 10).map(async (id) => (await fetch(`${url}/?id=${id}`)).text()));
  const evicted = first.filter((body) => body.split(" ")[1] === "1").length;
  await hit(url, range(0, 10), 890);
  column.push(`${usage()}; ${evicted}/10 had been evicted`);
  return column;
}

const dir = mkdtempSync(join(tmpdir(), "cart-saver-do-memory-"));
const config = join(dir, "wrangler.toml");
writeFileSync(
  config,
  [
    `name = "do-memory-repro"`,
    `main = ${JSON.stringify(script)}`,
    `compatibility_date = "2026-04-01"`,
    `[[durable_objects.bindings]]\nname = "OBJECTS"\nclass_name = "MemoryObject"`,
    `[[migrations]]\ntag = "v1"\nnew_sqlite_classes = ["MemoryObject"]`,
  ].join("\n"),
);
const columns: string[][] = [];
const wrangler = await startThrowawayWrangler(config, "/", join(dir, "wrangler-state"));
try {
  // wrangler dev's own process group: its proxy worker's workerd and the one running the objects.
  const group = wrangler.child.pid;
  columns.push(await run(wrangler.url, () => workerdUsage((p) => p.pgrp === group)));
} finally {
  await wrangler.stop();
}

const { code } = await transform(readFileSync(script, "utf8"), { loader: "ts", format: "esm" });
const mf = new Miniflare({
  modules: true,
  script: code,
  compatibilityDate: "2026-04-01",
  durableObjects: { OBJECTS: { className: "MemoryObject", useSQLite: true } },
  durableObjectsPersist: join(dir, "miniflare-state"), // on disk, as under wrangler dev
  port: await freePort(),
  host: "127.0.0.1",
});
try {
  const url = (await mf.ready).origin;
  // Miniflare spawns workerd as a direct child of this process.
  columns.push(await run(url, () => workerdUsage((p) => p.ppid === process.pid)));
} finally {
  await mf.dispose();
  rmSync(dir, { recursive: true, force: true });
}

const steps = ["start", "300 new objects × 3", "70 s idle", "300 more new objects × 3", "900 requests to 10 old objects"];
const rows = [["workerd RSS, open DO databases, after", "wrangler dev", "Miniflare"], ...steps.map((step, i) => [step, ...columns.map((c) => c[i] ?? "")])];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
