import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Browser tests use Debian's Chromium (Playwright cannot download a browser here). Returns its
 * path, installing the `chromium` package with apt-get when missing and we are root.
 */
export function ensureChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || spawnSync("which", ["apt-get"]).status !== 0) {
    throw new Error("Chromium is missing: run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH).");
  }
  console.log("Installing Debian's chromium for the browser tests (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (!existsSync("/usr/bin/chromium")) throw new Error("apt-get finished but /usr/bin/chromium is missing");
  return "/usr/bin/chromium";
}
