import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { digestsForCart } from "../../src/analytics/session-digests.ts";
import { ordersForCart } from "../../src/analytics/order-store.ts";
import { getSummary } from "../../src/analytics/summary.ts";
import { siteIdsWithSessions } from "../../src/analytics/summary-queries.ts";
import { EdgeEnv } from "../../src/config/edge-env.ts";
import { ensureMigrations } from "../../src/d1/ensure-migrations.ts";
import { migrations } from "../../src/d1/migrations.ts";
import { d1CartOffers } from "../../src/policy/d1-cart-offers.ts";
import { claimSend, completeSend, sendByEmailMessageIds } from "../../src/channels/outbound-log.ts";
import { allOrigins, getSite, putSite } from "../../src/sites/site-repository.ts";
import { applyLocalMigrations } from "../../../scripts/lib/d1-migrations.ts";
import { root } from "../../../scripts/lib/processes.ts";
import { seedFixture } from "../analytics/summary-fixture.ts";
import { preparedSql } from "./prepared-sql.ts";

/**
 * The D1 schema has one source, edge/migrations: `wrangler d1 migrations apply --local` builds a
 * fresh database from it, and every query of the worker runs against that database as it is.
 */
const migrationsDir = join(root, "edge/migrations");
const SchemaRow = z.object({ type: z.string(), name: z.string(), sql: z.string().nullable() });
const dir = mkdtempSync(join(tmpdir(), "cart-saver-migrations-"));
const mfs: Miniflare[] = [];

async function d1(persist?: string): Promise<D1Database> {
  // Wrangler keys the local database by the id in wrangler.toml's top-level [[d1_databases]].
  const id = /\[\[d1_databases\]\][^[]*?database_id\s*=\s*"([^"]+)"/.exec(readFileSync(join(root, "wrangler.toml"), "utf8"))?.[1] ?? "";
  const mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response('') } }",
    d1Databases: { DB: id },
    ...(persist ? { d1Persist: join(persist, "v3", "d1") } : {}),
  });
  mfs.push(mf);
  return mf.getD1Database("DB");
}

async function schemaOf(db: D1Database) {
  const { results } = await db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY name").all();
  // wrangler writes its own table's DDL with other whitespace.
  return z.array(SchemaRow).parse(results).map((row) => ({ ...row, sql: row.sql?.replace(/\s+/g, " ").replace(/\( /g, "(").replace(/ \)/g, ")") ?? null }));
}

async function appliedOf(db: D1Database): Promise<string[]> {
  const { results } = await db.prepare("SELECT name FROM d1_migrations ORDER BY id").all();
  return z.array(z.object({ name: z.string() })).parse(results).map((row) => row.name);
}

/** EXPLAIN compiles a statement against the schema without running it; parameters are bound to null. */
async function explain(db: D1Database, sql: string): Promise<string | null> {
  for (let params = 0; params <= 20; params++) {
    try {
      await db.prepare(`EXPLAIN ${sql}`).bind(...Array<null>(params).fill(null)).all();
      return null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!message.includes("Wrong number of parameter bindings")) return message;
    }
  }
  return "more than 20 parameters";
}

let wrangler: D1Database;
beforeAll(async () => {
  applyLocalMigrations(dir);
  wrangler = await d1(dir);
}, 120_000);
afterAll(async () => {
  await Promise.all(mfs.map((mf) => mf.dispose()));
  rmSync(dir, { recursive: true, force: true });
});

describe("the D1 migrations", () => {
  it("are all bundled into the worker, in order, with their exact text", () => {
    const files = readdirSync(migrationsDir).filter((f) => f.endsWith(".sql")).sort();
    expect(migrations.map((m) => m.name)).toEqual(files);
    for (const m of migrations) expect(m.sql).toBe(readFileSync(join(migrationsDir, m.name), "utf8"));
  });

  it("build the same schema through wrangler as through the worker on an empty database", async () => {
    const fresh = await d1();
    await ensureMigrations(fresh);
    expect(await appliedOf(wrangler)).toEqual(migrations.map((m) => m.name));
    expect(await appliedOf(fresh)).toEqual(migrations.map((m) => m.name));
    expect(await schemaOf(fresh)).toEqual(await schemaOf(wrangler));
    expect((await schemaOf(wrangler)).filter((row) => row.type === "table").map((row) => row.name)).toEqual(
      expect.arrayContaining(["sites", "analytics_sessions", "analytics_events", "analytics_orders", "channel_deliveries", "site_audit", "offer_grants", "outbound_messages", "contact_suppressions", "handovers"]),
    );
  });

  it("leave the worker nothing to apply on a database wrangler migrated", async () => {
    const before = await schemaOf(wrangler);
    await ensureMigrations(wrangler);
    expect(await schemaOf(wrangler)).toEqual(before);
    expect(await appliedOf(wrangler)).toEqual(migrations.map((m) => m.name));
  });

  it("compile every literal query in edge/src", async () => {
    const queries = preparedSql(join(root, "edge/src"), root);
    const literal = queries.filter((q): q is { at: string; sql: string } => q.sql !== null);
    expect(literal.length).toBeGreaterThanOrEqual(15);
    const failures: string[] = [];
    for (const q of literal) {
      const problem = await explain(wrangler, q.sql);
      if (problem) failures.push(`${q.at}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it("run the repositories' queries, built ones included, with no schema change", async () => {
    const before = await schemaOf(wrangler);
    const env = EdgeEnv.parse({ ENVIRONMENT: "development", ADMIN_TOKEN: "a", STORE_API_TOKEN: "s", WEBHOOK_SECRET: "w", SESSION_SECRET: "x" });
    const demo = await getSite(wrangler, env, "demo");
    expect(demo?.siteId).toBe("demo");
    if (demo) await putSite(wrangler, { ...demo, siteId: "shop", allowedOrigins: ["https://shop.example"] }, { label: "test", via: "api" });
    const offers = d1CartOffers(wrangler, { siteId: "shop", cartId: "c1", customerId: "cus_1" });
    expect(await offers.claim({ offerId: "o1", code: "SAVE10", amount: 100, sessionId: "s1", customerId: "cus_1", at: 1 }, { maxOffersPerCart: 1, onePerCustomer: true })).toBe(true);
    await offers.confirm("o1", 90);
    expect((await offers.granted()).cart).toMatchObject([{ offerId: "o1", amount: 90 }]);
    await offers.release("o1");
    expect(await allOrigins(wrangler, env)).toContain("https://shop.example");
    const send = { id: "send1", siteId: "shop", sessionId: "s1", kind: "followup" as const, channel: "email" as const, to: "ann@example.com", ourAddress: null, emailMessageId: "<m1@shop>", at: 1 };
    expect(await claimSend(wrangler, send)).toBe("claimed");
    await completeSend(wrangler, "send1", { ok: true, providerMessageId: "<m1@shop>" });
    expect(await sendByEmailMessageIds(wrangler, ["<m1@shop>"])).toMatchObject({ sessionId: "s1", siteId: "shop" });
    await seedFixture(wrangler);
    const summary = await getSummary(wrangler, { siteId: "shop", from: Date.parse("2026-11-02T00:00:00Z"), to: Date.parse("2026-11-04T00:00:00Z") });
    expect(summary.kpis.sessions).toBeGreaterThan(0);
    expect(await siteIdsWithSessions(wrangler)).toContain("shop");
    expect((await digestsForCart(wrangler, "cart-A1")).length).toBe(1);
    expect(Array.isArray(await ordersForCart(wrangler, "cart-A1"))).toBe(true);
    expect(await schemaOf(wrangler)).toEqual(before);
  });
});
