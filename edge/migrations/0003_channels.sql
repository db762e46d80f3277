CREATE TABLE IF NOT EXISTS contact_sessions (address TEXT NOT NULL, session_id TEXT NOT NULL, site_id TEXT NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (address, session_id));
CREATE INDEX IF NOT EXISTS contact_sessions_latest ON contact_sessions (address, updated_at);
CREATE TABLE IF NOT EXISTS channel_deliveries (provider_message_id TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, recipient TEXT, error_code TEXT, at INTEGER NOT NULL, PRIMARY KEY (provider_message_id, status));
