-- Every change to a site's configuration: who (the admin token holder, labelled with the
-- client IP), through which surface, when, and the field-level diff (JSON [{path, before, after}]).
CREATE TABLE IF NOT EXISTS site_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  via TEXT NOT NULL,
  changes TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS site_audit_by_site ON site_audit (site_id, at);
