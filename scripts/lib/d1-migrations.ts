import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root } from "./processes.ts";

/**
 * `wrangler d1 migrations apply DB --local`: the edge/migrations files, in order, on the local D1
 * that `wrangler dev` uses (the default `.wrangler/state`, or `persistTo`). Throws when wrangler fails.
 */
export function applyLocalMigrations(persistTo?: string): void {
  const args = ["d1", "migrations", "apply", "DB", "--local", ...(persistTo ? ["--persist-to", persistTo] : [])];
  const run = spawnSync(join(root, "node_modules/.bin/wrangler"), args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1" },
  });
  if (run.status !== 0) throw new Error(`wrangler d1 migrations apply failed (${run.status}):\n${run.stdout}${run.stderr}`);
}
