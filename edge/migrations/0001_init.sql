-- Keep in sync with edge/src/sites/d1-schema.ts (the worker also creates these at first use).
CREATE TABLE IF NOT EXISTS sites (
  site_id TEXT PRIMARY KEY,
  config TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'admin',
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  session_id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  cart_id TEXT NOT NULL,
  visitor_id TEXT,
  grp TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_cart ON sessions (site_id, cart_id);
