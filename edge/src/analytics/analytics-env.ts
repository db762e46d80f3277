/** The bindings the analytics and dashboard sub-apps use; the platform's Bindings is a superset. */
export interface AnalyticsEnv {
  Bindings: { DB: D1Database; ADMIN_TOKEN: string; WEBHOOK_SECRET: string };
}
