-- Open handovers by site, for the dashboard inbox (edge/src/handover/handover-index.ts).
CREATE TABLE IF NOT EXISTS handovers (session_id TEXT PRIMARY KEY, site_id TEXT NOT NULL, reason TEXT NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('open', 'closed')), last_message TEXT, started_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS handovers_open_by_site ON handovers (site_id, status, updated_at);
