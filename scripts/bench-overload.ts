import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transform } from "esbuild";
import { Miniflare } from "miniflare";
import { freePort, root } from "./lib/processes.ts";
import { startThrowawayWrangler } from "./bench/throwaway-wrangler.ts";

/**
 * Not a test: shows whether the 503 "Your worker restarted mid-request" under many concurrent
 * shoppers is ours or the local runtime's. A worker with no bindings and no I/O
 * (bench/overload-worker.ts) burns a fixed CPU time per request; N clients at once POST to it
 * three times each, first through `wrangler dev` (its proxy worker in front of workerd, as
 * `npm start` runs the edge), then through Miniflare's workerd directly (no proxy).
 *   npx tsx scripts/bench-overload.ts
 */
const script = join(root, "scripts/bench/overload-worker.ts");
const cases = [
  { clients: 200, cpuMs: 0 },
  { clients: 200, cpuMs: 20 },
  { clients: 300, cpuMs: 20 },
];

async function load(url: string, clients: number, cpuMs: number): Promise<string> {
  const outcomes = new Map<string, number>();
  const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let turn = 0; turn < 3; turn++) {
        try {
          const res = await fetch(`${url}/v1/chat?cpu=${cpuMs}`, { method: "POST", body: "{}" });
          const body = await res.text();
          count(res.status === 200 ? "200" : `${res.status} ${body.slice(0, 40)}…`);
        } catch (error) {
          const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
          count(`connection dropped (${cause})`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const summary = [...outcomes].map(([key, n]) => `${n}× ${key}`).join(", ");
  return `${clients} clients × 3, ${cpuMs} ms CPU each: ${summary} (${((clients * 3) / seconds).toFixed(1)} req/s)`;
}

const dir = mkdtempSync(join(tmpdir(), "cart-saver-overload-"));
const config = join(dir, "wrangler.toml");
writeFileSync(config, `name = "overload-repro"\nmain = ${JSON.stringify(script)}\ncompatibility_date = "2026-04-01"\n`);
const wrangler = await startThrowawayWrangler(config, "/health");
try {
  console.log("through wrangler dev (proxy worker + workerd):");
  for (const c of cases) console.log(`  ${await load(wrangler.url, c.clients, c.cpuMs)}`);
} finally {
  await wrangler.stop();
}

const { code } = await transform(readFileSync(script, "utf8"), { loader: "ts", format: "esm" });
const mf = new Miniflare({ modules: true, script: code, compatibilityDate: "2026-04-01", port: await freePort(), host: "127.0.0.1" });
try {
  const url = (await mf.ready).origin;
  console.log("workerd alone (Miniflare, no proxy):");
  for (const c of cases) console.log(`  ${await load(url, c.clients, c.cpuMs)}`);
} finally {
  await mf.dispose();
  rmSync(dir, { recursive: true, force: true });
}
