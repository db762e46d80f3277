import { spawn, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { applyLocalMigrations } from "./lib/d1-migrations.ts";
import { devVarsWarning, ensureDevVars } from "./lib/dev-vars.ts";
import { root } from "./lib/processes.ts";

/**
 * `npm run dev`: the worker alone under `wrangler dev`, for a merchant's own store. Writes
 * `.dev.vars` from the defaults when missing (set STORE_URL and the store token there), builds the
 * widget when it is missing, applies the D1 migrations locally, then hands over to `wrangler dev`
 * (extra arguments are passed on, e.g. `npm run dev -- --port 9000`).
 */
const created = !existsSync(join(root, ".dev.vars"));
const vars = ensureDevVars(root);
if (created) console.log("Wrote .dev.vars with the development defaults; edit STORE_URL and the store token for your store.");
console.log(`Store: ${vars.STORE_URL ?? "(STORE_URL not set in .dev.vars)"}`);
const warning = devVarsWarning(vars);
if (warning) console.warn(warning);
if (!existsSync(join(root, "dist/widget/widget.js"))) {
  execFileSync(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
}
applyLocalMigrations();
const child = spawn(join(root, "node_modules/.bin/wrangler"), ["dev", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 1)));
