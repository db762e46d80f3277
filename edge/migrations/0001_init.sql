-- Keep in sync with edge/src/sites/d1-schema.ts (the worker also creates these at first use).
CREATE TABLE IF NOT EXISTS sites (
  site_id TEXT PRIMARY KEY,
  config TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'admin',
  updated_at INTEGER NOT NULL
);
