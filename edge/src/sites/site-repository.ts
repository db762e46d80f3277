import { z } from "zod";
import { SiteConfig } from "../config/site-config.ts";
import type { EdgeEnv } from "../config/edge-env.ts";
import { configDiff, FieldChange } from "./config-diff.ts";
import { ensureSchema } from "./d1-schema.ts";
import { demoSite, demoSiteId } from "./demo-site.ts";
import { ttlCache } from "./site-cache.ts";

const SiteRow = z.object({ config: z.string(), source: z.enum(["seed", "admin"]) });
/** Keyed by database too: tests run several D1s in one process. */
const sites = ttlCache<string, SiteConfig | null>();
const origins = ttlCache<D1Database, Set<string>>();
const dbIds = new WeakMap<D1Database, number>();
let nextDbId = 0;
const dbKey = (db: D1Database) => {
  let id = dbIds.get(db);
  if (id === undefined) dbIds.set(db, (id = nextDbId++));
  return id;
};

/**
 * Site configurations in D1 (`sites`). The demo site is seeded on first read; until an admin
 * replaces it, it follows the environment (STORE_URL changes between dev runs).
 */
export function getSite(db: D1Database, env: EdgeEnv, siteId: string): Promise<SiteConfig | null> {
  return sites.get(`${dbKey(db)}\n${env.STORE_URL}\n${env.DEMO_HOLDOUT_PERCENT ?? ""}\n${siteId}`, () => readSite(db, env, siteId));
}

async function readSite(db: D1Database, env: EdgeEnv, siteId: string): Promise<SiteConfig | null> {
  await ensureSchema(db);
  const row = await db.prepare("SELECT config, source FROM sites WHERE site_id = ?").bind(siteId).first();
  const parsed = row === null ? null : SiteRow.parse(row);
  const stored = parsed === null ? null : SiteConfig.safeParse(JSON.parse(parsed.config));
  if (stored?.success === false) console.error(`cart-saver: the stored config of site ${siteId} no longer validates; fix it with PUT /v1/admin/sites/${siteId}`, stored.error.issues);
  // The demo site exists only in development: a deployed worker serves the sites its admin made.
  const seeded = siteId === demoSiteId && env.ENVIRONMENT === "development";
  if (seeded && (parsed === null || parsed.source === "seed" || !stored?.success)) {
    const seed = demoSite(env);
    const json = JSON.stringify(seed);
    if (parsed?.config !== json) await write(db, seed, "seed").run();
    return seed;
  }
  return stored?.success ? stored.data : null;
}

/** Who changed a site: the admin token holder, labelled honestly (the token names no person). */
export interface AuditActor {
  label: string;
  via: "dashboard" | "api";
}

export const AuditEntry = z.object({
  at: z.number(),
  actor: z.string(),
  via: z.string(),
  changes: z.string().transform((json) => z.array(FieldChange).parse(JSON.parse(json))),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * Stores an admin's configuration and, in the same batch, an audit entry with the field-level
 * diff against the stored document (everything is "after" for a new site). Returns the diff;
 * saving an unchanged document writes no entry.
 */
export async function putSite(db: D1Database, site: SiteConfig, actor: AuditActor): Promise<FieldChange[]> {
  await ensureSchema(db);
  const row = await db.prepare("SELECT config FROM sites WHERE site_id = ?").bind(site.siteId).first();
  const before: unknown = row === null ? null : JSON.parse(z.object({ config: z.string() }).parse(row).config);
  const changes = configDiff(before, site);
  const statements = [write(db, site, "admin")];
  if (changes.length > 0) {
    statements.push(
      db
        .prepare("INSERT INTO site_audit (site_id, at, actor, via, changes) VALUES (?, ?, ?, ?, ?)")
        .bind(site.siteId, Date.now(), actor.label, actor.via, JSON.stringify(changes)),
    );
  }
  await db.batch(statements);
  sites.clear();
  origins.clear();
  return changes;
}

/** The newest audit entries of a site first. */
export async function siteAudit(db: D1Database, siteId: string, limit = 50): Promise<AuditEntry[]> {
  await ensureSchema(db);
  const { results } = await db
    .prepare("SELECT at, actor, via, changes FROM site_audit WHERE site_id = ? ORDER BY at DESC, id DESC LIMIT ?")
    .bind(siteId, limit)
    .all();
  return results.map((row) => AuditEntry.parse(row));
}

/** Ids of every stored site, the demo site first (in development, where it exists). */
export async function siteIds(db: D1Database, env: EdgeEnv): Promise<string[]> {
  await ensureSchema(db);
  const { results } = await db.prepare("SELECT site_id FROM sites ORDER BY site_id").all();
  const ids = results.map((row) => z.object({ site_id: z.string() }).parse(row).site_id).filter((id) => id !== demoSiteId);
  return env.ENVIRONMENT === "development" ? [demoSiteId, ...ids] : ids;
}

/** Every origin any site allows: answers CORS preflights, which carry no site id. */
export function allOrigins(db: D1Database, env: EdgeEnv): Promise<Set<string>> {
  return origins.get(db, () => readAllOrigins(db, env));
}

async function readAllOrigins(db: D1Database, env: EdgeEnv): Promise<Set<string>> {
  const origins = new Set(env.ENVIRONMENT === "development" ? ((await getSite(db, env, demoSiteId))?.allowedOrigins ?? []) : []);
  const { results } = await db.prepare("SELECT config FROM sites").all();
  for (const row of results) {
    const site = SiteConfig.safeParse(JSON.parse(z.object({ config: z.string() }).parse(row).config));
    if (site.success) for (const origin of site.data.allowedOrigins) origins.add(origin);
  }
  return origins;
}

function write(db: D1Database, site: SiteConfig, source: "seed" | "admin"): D1PreparedStatement {
  return db
    .prepare(
      "INSERT INTO sites (site_id, config, source, updated_at) VALUES (?1, ?2, ?3, ?4) " +
        "ON CONFLICT (site_id) DO UPDATE SET config = ?2, source = ?3, updated_at = ?4",
    )
    .bind(site.siteId, JSON.stringify(site), source, Date.now());
}

/** The stored discount cap of a site (the dashboard re-checks orders against it); 100 when unknown. */
export async function storedDiscountCap(db: D1Database, siteId: string): Promise<number> {
  await ensureSchema(db);
  const row = await db.prepare("SELECT config FROM sites WHERE site_id = ?").bind(siteId).first();
  const parsed = row === null ? null : SiteConfig.safeParse(JSON.parse(z.object({ config: z.string() }).parse(row).config));
  return parsed?.success ? parsed.data.maxDiscountPercent : 100;
}
