import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { productionConfigProblem } from "./lib/deploy-config.ts";
import { root } from "./lib/processes.ts";

/**
 * `npm run deploy`: builds the widget, applies the D1 migrations to the production database and
 * deploys `[env.production]` (docs/deploy.md). Refuses while wrangler.toml still holds the
 * placeholder D1 id. `npm run deploy -- --dry-run` stops before anything remote: it builds and
 * runs `wrangler deploy --dry-run --env production`.
 */
const dryRun = process.argv.includes("--dry-run");
const bin = (name: string) => join(root, "node_modules/.bin", name);

function run(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}: ${[command.replace(`${root}node_modules/.bin/`, ""), ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n${title} failed; nothing after it ran.`);
    process.exit(result.status ?? 1);
  }
}

const problem = productionConfigProblem(readFileSync(join(root, "wrangler.toml"), "utf8"));
if (problem && !dryRun) {
  console.error(`Not deploying: ${problem}`);
  process.exit(1);
}
if (problem) console.warn(`(dry run) ${problem}`);

run("widget build", bin("vite"), ["build", "--logLevel", "warn"]);
if (dryRun) {
  console.log("\n(dry run) skipping: wrangler d1 migrations apply DB --remote --env production");
  run("deploy (dry run)", bin("wrangler"), ["deploy", "--dry-run", "--env", "production"]);
} else {
  run("D1 migrations", bin("wrangler"), ["d1", "migrations", "apply", "DB", "--remote", "--env", "production"]);
  run("deploy", bin("wrangler"), ["deploy", "--env", "production"]);
  console.log("\nDeployed. Secrets still missing make the worker answer 503 insecure_configuration: see docs/deploy.md step 3.");
}
