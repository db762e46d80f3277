import { schemaOnce } from "../d1/schema-once.ts";

/**
 * The follow-up tables in D1, created idempotently at first use (like sites/d1-schema.ts;
 * edge/migrations/0003_channels.sql and 0006_outbound_messages.sql hold the same statements):
 * the providers' delivery statuses, every message we sent (replies are routed by it and the send
 * caps count it) and the addresses that unsubscribed from a site.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS channel_deliveries (provider_message_id TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, recipient TEXT, error_code TEXT, at INTEGER NOT NULL, PRIMARY KEY (provider_message_id, status))`,
  `CREATE TABLE IF NOT EXISTS outbound_messages (id TEXT PRIMARY KEY, site_id TEXT NOT NULL, session_id TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, address TEXT NOT NULL, our_address TEXT, status TEXT NOT NULL, provider_message_id TEXT, email_message_id TEXT, at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS outbound_messages_address ON outbound_messages (address, at)`,
  `CREATE INDEX IF NOT EXISTS outbound_messages_provider ON outbound_messages (provider_message_id)`,
  `CREATE INDEX IF NOT EXISTS outbound_messages_email ON outbound_messages (email_message_id)`,
  `CREATE TABLE IF NOT EXISTS contact_suppressions (site_id TEXT NOT NULL, address TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (site_id, address))`,
];

export const ensureChannelSchema = schemaOnce(statements);
