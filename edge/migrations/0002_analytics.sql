-- Times are epoch milliseconds; money is integer minor units.

-- One row per session, written at creation (recordSessionStarted): the cart -> session index
-- the order webhook needs, the randomized group, and the attribution window in force.
CREATE TABLE IF NOT EXISTS analytics_sessions (
  session_id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  cart_id TEXT NOT NULL,
  grp TEXT NOT NULL CHECK (grp IN ('agent', 'holdout')),
  created_at INTEGER NOT NULL,
  window_hours REAL NOT NULL
);
-- summary: sessions of a site in a date range
CREATE INDEX IF NOT EXISTS analytics_sessions_by_site ON analytics_sessions (site_id, created_at);
-- order webhook and summary: sessions of a cart
CREATE INDEX IF NOT EXISTS analytics_sessions_by_cart ON analytics_sessions (cart_id, created_at);

-- Everything else that happens in a session. `detail` is the event's main dimension (signal type,
-- trigger, objection code, offer outcome, message role); `data` is the whole event as JSON.
CREATE TABLE IF NOT EXISTS analytics_events (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  type TEXT NOT NULL,
  at INTEGER NOT NULL,
  detail TEXT,
  channel TEXT,
  data TEXT NOT NULL
);
-- summary: per-session digests, objections, channels, offers, transcripts (every events query
-- joins the cohort's sessions first, then searches this index; query-plans.test.ts checks it)
CREATE INDEX IF NOT EXISTS analytics_events_by_session ON analytics_events (session_id, type, at);

-- One row per store order (the primary key makes a repeated delivery a no-op). The session is
-- resolved when reading, so an order delivered before its session's events still attributes.
CREATE TABLE IF NOT EXISTS analytics_orders (
  order_id TEXT PRIMARY KEY,
  cart_id TEXT NOT NULL,
  session_hint TEXT,
  total_amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  discounts TEXT NOT NULL,
  placed_at INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  deliveries INTEGER NOT NULL DEFAULT 1
);
-- summary and webhook: orders of a cart
CREATE INDEX IF NOT EXISTS analytics_orders_by_cart ON analytics_orders (cart_id, placed_at);
