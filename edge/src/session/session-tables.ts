/** The Session Durable Object's SQLite schema (ctx.storage.sql), created on construction. */
export const sessionTables = `
CREATE TABLE IF NOT EXISTS session (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  session_id TEXT NOT NULL, site_id TEXT NOT NULL, cart_id TEXT NOT NULL, visitor_id TEXT,
  grp TEXT NOT NULL, state TEXT NOT NULL, trigger_type TEXT, page TEXT, language TEXT,
  contact TEXT NOT NULL, handover_reason TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  customer TEXT
);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
  body TEXT NOT NULL, created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS objections (code TEXT PRIMARY KEY, at INTEGER NOT NULL, addressed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS offers (seq INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signals (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, at INTEGER NOT NULL, data TEXT);
CREATE TABLE IF NOT EXISTS activity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_activity_at INTEGER NOT NULL, away_since INTEGER, order_placed INTEGER NOT NULL DEFAULT 0,
  opted_out INTEGER NOT NULL DEFAULT 0, last_whatsapp_inbound_at INTEGER
);
CREATE TABLE IF NOT EXISTS inbound_seen (provider_message_id TEXT PRIMARY KEY, at INTEGER NOT NULL);
`;

/** Columns added after the first release, for sessions whose table predates them. */
export const sessionColumns: Record<string, string> = {
  customer: "ALTER TABLE session ADD COLUMN customer TEXT",
  /** When a person took the conversation over, and their latest reply (the handover timeout reads both). */
  handover_at: "ALTER TABLE session ADD COLUMN handover_at INTEGER",
  human_reply_at: "ALTER TABLE session ADD COLUMN human_reply_at INTEGER",
};
