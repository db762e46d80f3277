import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { devVarDefaults, devVarsWarning, ensureDevVars } from "../../../scripts/lib/dev-vars.ts";
import { bodyOf } from "../routes/body-of.ts";

/**
 * Production is the default: only the local tooling's ENVIRONMENT=development (from `.dev.vars`)
 * lets the worker serve with the development secrets or without secrets.
 */
let mf: Miniflare;
let DB: D1Database;
beforeAll(async () => {
  mf = new Miniflare({ modules: true, script: "export default { fetch() { return new Response('') } }", d1Databases: ["DB"] });
  DB = await mf.getD1Database("DB");
});
afterAll(() => mf.dispose());

const app = createApp();
const { ENVIRONMENT: _dev, ...devValuesWithoutEnvironment } = devVarDefaults;
const realSecrets = { ADMIN_TOKEN: "a-7f3e", WEBHOOK_SECRET: "w-91c2", SESSION_SECRET: "s-0b8d", STORE_API_TOKEN: "t-55aa" };
const routes: [string, RequestInit?][] = [
  ["/health"],
  ["/v1/sites/demo/widget-config"],
  ["/v1/admin/sites/demo", { headers: { Authorization: `Bearer ${devVarDefaults.ADMIN_TOKEN}` } }],
  ["/dashboard"],
  ["/v1/sessions", { method: "POST", headers: { "Content-Type": "application/json", Origin: "http://127.0.0.1:8788" }, body: "{}" }],
];

async function refused(env: Record<string, string>): Promise<string[]> {
  const secrets = new Set<string>();
  for (const [path, init] of routes) {
    const res = await app.request(path, init, { DB, ...env });
    expect(res.status, path).toBe(503);
    const body = await bodyOf(res);
    expect(body.error.code).toBe("insecure_configuration");
    for (const name of body.error.secrets) secrets.add(name);
    expect(JSON.stringify(body)).not.toContain("dev-");
  }
  return [...secrets].sort();
}

describe("the worker without ENVIRONMENT=development", () => {
  it("refuses every route with the development secrets (also under a STORE_TOKEN_* name)", async () => {
    expect(await refused(devValuesWithoutEnvironment)).toEqual(
      [
        "ADMIN_TOKEN", "EMAIL_INBOUND_SECRET", "SESSION_SECRET", "STORE_API_TOKEN", "STORE_TOKEN_DEMO", "STORE_TOKEN_IDENTITY",
        // The local platform stores' credentials (scripts/platform-store.ts).
        "STORE_TOKEN_SHOPIFY", "STORE_TOKEN_SHOPIFY_ADMIN", "STORE_TOKEN_SHOPIFY_HOOK", "STORE_TOKEN_VENDURE_ADMIN", "STORE_TOKEN_VENDURE_HOOK", "STORE_TOKEN_WOO", "STORE_TOKEN_WOO_HOOK",
        "WEBHOOK_SECRET",
      ],
    );
  });

  it("refuses every route when the required secrets are missing", async () => {
    expect(await refused({ STORE_URL: "https://shop.example" })).toEqual(["ADMIN_TOKEN", "SESSION_SECRET", "WEBHOOK_SECRET"]);
  });

  it("refuses a real deployment that kept one development value, naming only it", async () => {
    expect(await refused({ ENVIRONMENT: "production", ...realSecrets, STORE_TOKEN_SHOP: "dev-store-token" })).toEqual(["STORE_TOKEN_SHOP"]);
    expect(await refused({ ENVIRONMENT: "staging", ...realSecrets, SESSION_SECRET: "" })).toEqual(["SESSION_SECRET"]);
  });

  it("serves with real secrets", async () => {
    const res = await app.request("/health", undefined, { DB, ...realSecrets });
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toEqual({ ok: true, environment: "production" });
  });
});

describe("the worker with ENVIRONMENT=development (the local tooling)", () => {
  it("serves on the .dev.vars defaults", async () => {
    const res = await app.request("/health", undefined, { DB, ...devVarDefaults });
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toEqual({ ok: true, environment: "development" });
    const config = await app.request("/v1/sites/demo/widget-config", undefined, { DB, ...devVarDefaults });
    expect(config.status).toBe(200);
  });
});

describe(".dev.vars", () => {
  const dir = mkdtempSync(join(tmpdir(), "cart-saver-devvars-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is written from the defaults when missing, with both store token names", () => {
    const vars = ensureDevVars(dir);
    expect(vars).toEqual(devVarDefaults);
    expect(vars).toMatchObject({ ENVIRONMENT: "development", STORE_API_TOKEN: "dev-store-token", STORE_TOKEN_DEMO: "dev-store-token" });
    expect(readFileSync(join(dir, ".dev.vars"), "utf8")).toMatch(/^ENVIRONMENT="development"$/m);
  });

  it("is kept as the developer edited it", () => {
    writeFileSync(join(dir, ".dev.vars"), 'ENVIRONMENT="development"\nSTORE_URL="https://my-shop.example"\n');
    expect(ensureDevVars(dir)).toEqual({ ENVIRONMENT: "development", STORE_URL: "https://my-shop.example" });
    expect(devVarsWarning(ensureDevVars(dir))).toBeNull();
    writeFileSync(join(dir, ".dev.vars"), 'OPENAI_API_KEY="sk-test"\n');
    expect(devVarsWarning(ensureDevVars(dir))).toMatch(/ENVIRONMENT="development"/);
  });

  it("is ignored by git", () => {
    expect(readFileSync(join(import.meta.dirname, "../../../.gitignore"), "utf8")).toMatch(/^\.dev\.vars$/m);
  });
});
