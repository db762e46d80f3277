/**
 * The analytics tables (edge/migrations/0002_analytics.sql), prefixed `analytics_` so they never
 * collide with the platform's own tables.
 */
export { ensureMigrations as ensureAnalyticsSchema } from "../d1/ensure-migrations.ts";
