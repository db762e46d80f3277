import { schemaOnce } from "../d1/schema-once.ts";

/**
 * The D1 schema, created idempotently at first use so `wrangler dev` needs no migration step.
 * edge/migrations/0001_init.sql holds the same statements for deploys; keep them in sync.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS sites (site_id TEXT PRIMARY KEY, config TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'admin', updated_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS sessions (session_id TEXT PRIMARY KEY, site_id TEXT NOT NULL, cart_id TEXT NOT NULL, visitor_id TEXT, grp TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS sessions_by_cart ON sessions (site_id, cart_id)`,
];

export const ensureSchema = schemaOnce(statements);
