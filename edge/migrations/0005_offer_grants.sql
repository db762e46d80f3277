-- Offers granted per cart, shared by every session of the cart (edge/src/policy/d1-cart-offers.ts).
CREATE TABLE IF NOT EXISTS offer_grants (site_id TEXT NOT NULL, cart_id TEXT NOT NULL, offer_id TEXT NOT NULL, code TEXT NOT NULL, session_id TEXT NOT NULL, customer_id TEXT, amount INTEGER NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (site_id, cart_id, offer_id));
CREATE INDEX IF NOT EXISTS offer_grants_customer ON offer_grants (site_id, customer_id, offer_id);
