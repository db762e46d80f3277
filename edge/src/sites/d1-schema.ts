import { schemaOnce } from "../d1/schema-once.ts";

/**
 * The D1 schema, created idempotently at first use so `wrangler dev` needs no migration step.
 * edge/migrations/0001_init.sql and 0004_site_audit.sql hold the same statements for deploys;
 * keep them in sync.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS sites (site_id TEXT PRIMARY KEY, config TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'admin', updated_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS site_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, site_id TEXT NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL, via TEXT NOT NULL, changes TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS site_audit_by_site ON site_audit (site_id, at)`,
];

export const ensureSchema = schemaOnce(statements);
