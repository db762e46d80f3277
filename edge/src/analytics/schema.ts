import { schemaOnce } from "../d1/schema-once.ts";

/**
 * The analytics tables, created idempotently at first use (memoized per isolate and database).
 * edge/migrations/0002_analytics.sql holds the same statements for deploys; keep the two in sync.
 * Table names are prefixed `analytics_` so they never collide with the platform's own tables.
 */
export const analyticsSchema = [
  `CREATE TABLE IF NOT EXISTS analytics_sessions (session_id TEXT PRIMARY KEY, site_id TEXT NOT NULL, cart_id TEXT NOT NULL, grp TEXT NOT NULL CHECK (grp IN ('agent', 'holdout')), created_at INTEGER NOT NULL, window_hours REAL NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS analytics_sessions_by_site ON analytics_sessions (site_id, created_at)`,
  `CREATE INDEX IF NOT EXISTS analytics_sessions_by_cart ON analytics_sessions (cart_id, created_at)`,
  `CREATE TABLE IF NOT EXISTS analytics_events (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, session_id TEXT NOT NULL, type TEXT NOT NULL, at INTEGER NOT NULL, detail TEXT, channel TEXT, data TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS analytics_events_by_session ON analytics_events (session_id, type, at)`,
  `CREATE TABLE IF NOT EXISTS analytics_orders (order_id TEXT PRIMARY KEY, cart_id TEXT NOT NULL, session_hint TEXT, total_amount INTEGER NOT NULL, currency TEXT NOT NULL, discounts TEXT NOT NULL, placed_at INTEGER NOT NULL, received_at INTEGER NOT NULL, deliveries INTEGER NOT NULL DEFAULT 1)`,
  `CREATE INDEX IF NOT EXISTS analytics_orders_by_cart ON analytics_orders (cart_id, placed_at)`,
] as const;

export const ensureAnalyticsSchema = schemaOnce(analyticsSchema);
