// `npm start` / `npm test` / `npm run dev` / `npm run deploy` entry: plain Node so it runs on a fresh clone before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const [task, ...rest] = process.argv.slice(2);
const scripts = { start: "scripts/start.ts", test: "scripts/test.ts", dev: "scripts/dev.ts", deploy: "scripts/deploy.ts" };
if (!(task in scripts)) {
  console.error(`usage: node scripts/bootstrap.mjs ${Object.keys(scripts).join("|")}`);
  process.exit(2);
}
if (!existsSync(`${root}node_modules/.bin/tsx`)) {
  console.log("Installing dependencies (npm ci)…");
  const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const run = spawnSync(`${root}node_modules/.bin/tsx`, [scripts[task], ...rest], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? (run.signal === "SIGINT" ? 130 : 1));
