import { z } from "zod";
import { SiteConfig } from "../config/site-config.ts";
import type { EdgeEnv } from "../config/edge-env.ts";
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
  if (siteId === demoSiteId && (parsed === null || parsed.source === "seed")) {
    const seed = demoSite(env);
    const json = JSON.stringify(seed);
    if (parsed?.config !== json) await write(db, seed, "seed");
    return seed;
  }
  return parsed === null ? null : SiteConfig.parse(JSON.parse(parsed.config));
}

export async function putSite(db: D1Database, site: SiteConfig): Promise<void> {
  await ensureSchema(db);
  await write(db, site, "admin");
  sites.clear();
  origins.clear();
}

/** Every origin any site allows: answers CORS preflights, which carry no site id. */
export function allOrigins(db: D1Database, env: EdgeEnv): Promise<Set<string>> {
  return origins.get(db, () => readAllOrigins(db, env));
}

async function readAllOrigins(db: D1Database, env: EdgeEnv): Promise<Set<string>> {
  const origins = new Set((await getSite(db, env, demoSiteId))?.allowedOrigins ?? []);
  const { results } = await db.prepare("SELECT config FROM sites").all();
  for (const row of results) {
    const site = SiteConfig.safeParse(JSON.parse(z.object({ config: z.string() }).parse(row).config));
    if (site.success) for (const origin of site.data.allowedOrigins) origins.add(origin);
  }
  return origins;
}

async function write(db: D1Database, site: SiteConfig, source: "seed" | "admin"): Promise<void> {
  await db
    .prepare(
      "INSERT INTO sites (site_id, config, source, updated_at) VALUES (?1, ?2, ?3, ?4) " +
        "ON CONFLICT (site_id) DO UPDATE SET config = ?2, source = ?3, updated_at = ?4",
    )
    .bind(site.siteId, JSON.stringify(site), source, Date.now())
    .run();
}
