/** The `sites` table comes from edge/migrations (0001_init.sql); callers make sure it exists. */
export { ensureMigrations as ensureSchema } from "../d1/ensure-migrations.ts";
