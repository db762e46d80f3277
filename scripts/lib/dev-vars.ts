import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { devDefaultSecrets } from "../../edge/src/config/edge-env.ts";

/**
 * The worker's local development values. They live in `.dev.vars` (git-ignored; `wrangler dev`
 * reads it), never in wrangler.toml, so a deploy cannot carry them: without ENVIRONMENT=development
 * the worker refuses to serve with these secrets.
 */
export const devVarDefaults: Record<string, string> = {
  ENVIRONMENT: "development",
  STORE_URL: "http://127.0.0.1:8788",
  PUBLIC_URL: "http://127.0.0.1:8787",
  EMAIL_FROM: "Cart Saver demo <shop@cart-saver.localhost>",
  ...devDefaultSecrets,
};

/** `KEY="value"` lines, the dotenv format both `.dev.vars` and `wrangler dev --env-file` read. */
export function formatDevVars(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join("\n")
    .concat("\n");
}

/**
 * The same for `wrangler dev --env-file`, whose loader (dotenv-expand) replaces `$NAME` unless it
 * is written `\$`: single-quoted (taken literally by dotenv) unless the value holds a quote or a
 * line break.
 */
export function formatEnvFile(vars: Record<string, string>): string {
  const line = ([key, value]: [string, string]) => {
    const escaped = value.replaceAll("$", "\\$");
    return /['\r\n]/.test(value) ? `${key}="${escaped.replaceAll("\n", "\\n").replaceAll("\r", "\\r")}"` : `${key}='${escaped}'`;
  };
  return `${Object.entries(vars).map(line).join("\n")}\n`;
}

const header = "# Local development values for `wrangler dev` (npm start, npm run dev). Never deploy these.\n";

/** Writes `.dev.vars` in `dir` from the defaults when it is missing; returns what it holds. */
export function ensureDevVars(dir: string): Record<string, string> {
  const path = join(dir, ".dev.vars");
  if (!existsSync(path)) writeFileSync(path, header + formatDevVars(devVarDefaults), { mode: 0o600 });
  return Object.fromEntries(Object.entries(parseEnv(readFileSync(path, "utf8"))).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])));
}

/** A line to print when `.dev.vars` exists but would make the worker refuse to serve locally. */
export function devVarsWarning(vars: Record<string, string>): string | null {
  if (vars.ENVIRONMENT === "development") return null;
  return '.dev.vars does not set ENVIRONMENT="development": the worker will answer 503 insecure_configuration to the development secrets (delete the file to have it rewritten from the defaults).';
}
