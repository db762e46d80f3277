-- Every message sent (confirmations, follow-ups, replies): replies are routed by it, send caps count it;
-- and the addresses that unsubscribed from a site.
CREATE TABLE IF NOT EXISTS outbound_messages (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, session_id TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, address TEXT NOT NULL, our_address TEXT, status TEXT NOT NULL, provider_message_id TEXT, email_message_id TEXT, at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS outbound_messages_address ON outbound_messages (address, at);
CREATE INDEX IF NOT EXISTS outbound_messages_provider ON outbound_messages (provider_message_id);
CREATE INDEX IF NOT EXISTS outbound_messages_email ON outbound_messages (email_message_id);
CREATE TABLE IF NOT EXISTS contact_suppressions (site_id TEXT NOT NULL, address TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (site_id, address));
-- Replies no longer go to "the latest session for this address": the index is gone.
DROP TABLE IF EXISTS contact_sessions;
