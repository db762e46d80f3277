import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devDefaultSecrets, requiredSecrets } from "../../src/config/edge-env.ts";
import { productionConfigProblem, productionD1Id } from "../../../scripts/lib/deploy-config.ts";
import { root } from "../../../scripts/lib/processes.ts";

/**
 * What `wrangler deploy` would publish, read from `wrangler deploy --dry-run` (wrangler's own
 * bundle and binding list), and that bundle run in workerd with exactly those vars.
 */
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "cart-saver-deploy-"));
const wrangler = join(root, "node_modules/.bin/wrangler");
const toml = readFileSync(join(root, "wrangler.toml"), "utf8");

interface DryRun {
  output: string;
  /** The bindings wrangler lists: `env.NAME (detail)   Resource`. */
  bindings: { name: string; detail: string | null; resource: string }[];
  outdir: string;
}

async function dryRun(label: string, envArgs: string[]): Promise<DryRun> {
  const outdir = join(dir, label);
  const assets = join(dir, "assets");
  mkdirSync(assets, { recursive: true });
  writeFileSync(join(assets, "widget.js"), "// placeholder\n");
  const { stdout, stderr } = await run(wrangler, ["deploy", "--dry-run", ...envArgs, "--outdir", outdir, "--assets", assets], {
    cwd: root,
    env: { ...process.env, CI: "true", NO_COLOR: "1", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
  });
  const output = stdout + stderr;
  const bindings = [...output.matchAll(/^env\.(\w+)(?: \((.*?)\))?\s{2,}(\S.*?)\s*$/gm)].map((m) => ({ name: m[1] ?? "", detail: m[2] ?? null, resource: m[3] ?? "" }));
  return { output, bindings, outdir };
}

let production: DryRun;
let topLevel: DryRun;
const workers: Miniflare[] = [];
beforeAll(async () => {
  [production, topLevel] = await Promise.all([dryRun("production", ["--env", "production"]), dryRun("top", [])]);
}, 180_000);
afterAll(async () => {
  await Promise.all(workers.map((mf) => mf.dispose()));
  rmSync(dir, { recursive: true, force: true });
});

async function bundledWorker(outdir: string, vars: Record<string, string>): Promise<Miniflare> {
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(outdir, "index.js"),
    modulesRoot: outdir,
    modulesRules: [{ type: "Text", include: ["**/*.sql"] }],
    compatibilityDate: "2026-04-01",
    compatibilityFlags: ["nodejs_compat"],
    durableObjects: { SESSIONS: { className: "SessionObject", useSQLite: true } },
    d1Databases: ["DB"],
    bindings: vars,
  });
  workers.push(mf);
  return mf;
}

describe("wrangler deploy --dry-run --env production", () => {
  it("binds the Durable Object, its own D1, the assets and strict rate limits", () => {
    const resources = Object.fromEntries(production.bindings.map((b) => [b.name, b.resource]));
    expect(resources).toMatchObject({ SESSIONS: "Durable Object", DB: "D1 Database", ASSETS: "Assets" });
    for (const [name, limit] of [["RL_SESSIONS", 20], ["RL_CHAT", 30], ["RL_SIGNALS", 120], ["RL_CONTACT", 5], ["RL_LOGIN", 10]] as const) {
      expect(production.output).toMatch(new RegExp(`env\\.${name} \\(${limit} requests/60s\\)\\s+Rate Limit`));
    }
    expect(productionD1Id(toml)).not.toBe("00000000-0000-4000-8000-000000000000");
  });

  it("carries no secret and no development value among its plain-text vars", () => {
    const vars = production.bindings.filter((b) => b.resource === "Environment Variable");
    expect(vars).toContainEqual({ name: "ENVIRONMENT", detail: '"production"', resource: "Environment Variable" });
    // Settings a merchant adds there (PUBLIC_URL, EMAIL_FROM, …) are fine; secrets are not.
    for (const { name } of vars) expect(name).not.toMatch(/TOKEN|SECRET|PASSWORD|_KEY$/);
    for (const name of [...Object.keys(devDefaultSecrets), ...requiredSecrets]) expect(production.output).not.toContain(name);
    for (const value of Object.values(devDefaultSecrets)) expect(production.output).not.toContain(value);
    expect(production.output).not.toContain("development");
  });

  it("bundles a worker that refuses to serve until the secrets are put, then serves", async () => {
    const bare = await bundledWorker(production.outdir, { ENVIRONMENT: "production" });
    const refused = await bare.dispatchFetch("http://worker.test/health");
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: "insecure_configuration", secrets: ["ADMIN_TOKEN", "WEBHOOK_SECRET", "SESSION_SECRET"] } });
    const secrets = { ADMIN_TOKEN: "a-1f", WEBHOOK_SECRET: "w-2e", SESSION_SECRET: "s-3d", STORE_API_TOKEN: "t-4c" };
    const ready = await bundledWorker(production.outdir, { ENVIRONMENT: "production", ...secrets });
    const served = await ready.dispatchFetch("http://worker.test/health");
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ ok: true, environment: "production" });
  }, 60_000);
});

describe("a plain wrangler deploy (no --env)", () => {
  it("publishes no vars at all, so the worker counts as deployed and refuses the dev defaults", async () => {
    expect(topLevel.bindings.filter((b) => b.resource === "Environment Variable")).toEqual([]);
    const worker = await bundledWorker(topLevel.outdir, { ...devDefaultSecrets });
    const res = await worker.dispatchFetch("http://worker.test/health");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "insecure_configuration" } });
  }, 60_000);
});

describe("npm run deploy", () => {
  it("refuses while wrangler.toml holds the placeholder D1 id, and accepts a real one", async () => {
    expect(productionConfigProblem(toml)).toMatch(/placeholder.*wrangler d1 create/);
    const real = toml.replace(/database_id = "REPLACE-WITH-YOUR-D1-DATABASE-ID"/, 'database_id = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"');
    expect(productionD1Id(real)).toBe("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f");
    expect(productionConfigProblem(real)).toBeNull();
    const deploy = run(join(root, "node_modules/.bin/tsx"), ["scripts/deploy.ts"], { cwd: root });
    await expect(deploy).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("Not deploying") });
  }, 60_000);
});
