/**
 * The follow-up tables (edge/migrations/0003_channels.sql): which sessions a shopper's address
 * belongs to (inbound replies find their session through it) and the providers' delivery statuses.
 */
export { ensureMigrations as ensureChannelSchema } from "../d1/ensure-migrations.ts";
