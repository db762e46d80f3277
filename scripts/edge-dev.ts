import { parseArgs } from "node:util";
import { join } from "node:path";
import { unstable_startWorker } from "wrangler";
import { root } from "./lib/processes.ts";

/**
 * The worker under `wrangler dev`'s own local runtime (wrangler's `startWorker`: the same proxy
 * worker, Miniflare, workerd, Durable Objects and D1), with the devtools inspector off. With the
 * inspector on, wrangler's inspector proxy receives a `Network.*` event with the full body of every
 * subrequest, posts each to wrangler's Node process (which appends it to its debug log file) and
 * keeps every one in memory until a devtools client connects: CPU on every turn and memory that
 * only grows (docs/performance.md). `npm start`, the tests and the benchmark run the worker through
 * this; `npm run dev` stays plain `wrangler dev`, inspector included, for debugging.
 *
 *   tsx scripts/edge-dev.ts --port 8787 --ip 127.0.0.1 --persist-to .wrangler/state --env-file <file> [--watch]
 * `--watch` rebuilds and reloads the worker when its source changes (npm start); tests leave it off.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string" },
    ip: { type: "string", default: "127.0.0.1" },
    "persist-to": { type: "string" },
    "env-file": { type: "string" },
    watch: { type: "boolean", default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error("edge-dev: --port <1-65535> is required");
  process.exit(2);
}

const worker = await unstable_startWorker({
  config: join(root, "wrangler.toml"),
  envFiles: values["env-file"] === undefined ? undefined : [values["env-file"]],
  dev: {
    server: { hostname: values.ip, port },
    inspector: false,
    persist: values["persist-to"],
    logLevel: "warn",
    watch: values.watch,
  },
});
await worker.ready;
console.log(`edge: ready on ${(await worker.url).href}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.dispose();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
