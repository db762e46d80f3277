/**
 * The follow-up tables (edge/migrations/0003_channels.sql, 0006_outbound_messages.sql): the
 * providers' delivery statuses, every message we sent (replies are routed by it and the send caps
 * count it) and the addresses that unsubscribed from a site.
 */
export { ensureMigrations as ensureChannelSchema } from "../d1/ensure-migrations.ts";
