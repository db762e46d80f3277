import { schemaOnce } from "../d1/schema-once.ts";

/**
 * The D1 schema, created idempotently at first use so `wrangler dev` needs no migration step.
 * edge/migrations/0001_init.sql holds the same statements for deploys; keep them in sync.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS sites (site_id TEXT PRIMARY KEY, config TEXT NOT NULL, source TEXT NOT NULL DEFAULT 'admin', updated_at INTEGER NOT NULL)`,
];

export const ensureSchema = schemaOnce(statements);
