import { Hono } from "hono";
import type { AnalyticsEnv } from "../../src/analytics/analytics-env.ts";
import { analyticsRoutes } from "../../src/analytics/analytics-routes.ts";
import { dashboardRoutes } from "../../src/dashboard/dashboard-routes.ts";
import { adminToken, secret } from "../analytics/webhook-helpers.ts";

/** The dashboard and summary API mounted as the lead's app will mount them. */
export function dashboardApp(db: D1Database) {
  const app = new Hono<AnalyticsEnv>().route("/v1/analytics", analyticsRoutes).route("/dashboard", dashboardRoutes);
  const env = { DB: db, ADMIN_TOKEN: adminToken, WEBHOOK_SECRET: secret };
  return {
    app,
    env,
    request: (path: string, init?: RequestInit, more: Record<string, unknown> = {}) => app.request(path, init, { ...env, ...more }),
  };
}
