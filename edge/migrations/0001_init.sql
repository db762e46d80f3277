CREATE TABLE IF NOT EXISTS sites (
  site_id TEXT PRIMARY KEY,
  config TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'admin',
  updated_at INTEGER NOT NULL
);
