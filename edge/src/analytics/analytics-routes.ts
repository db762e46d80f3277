import { storedDiscountCap } from "../sites/site-repository.ts";
import { Hono } from "hono";
import { parseWith } from "../http/read-json.ts";
import { requireAdminToken } from "./admin-auth.ts";
import type { AnalyticsEnv } from "./analytics-env.ts";
import { getSummary } from "./summary.ts";
import { SummaryQuery } from "./summary-query.ts";

/** Merchant analytics, mounted at /v1/analytics (admin token). */
export const analyticsRoutes = new Hono<AnalyticsEnv>();

analyticsRoutes.use("*", requireAdminToken);

analyticsRoutes.get("/summary", async (c) => {
  const query = parseWith(SummaryQuery, c.req.query());
  if (!query.ok) return query.response;
  return c.json(await getSummary(c.env.DB, query.value, await storedDiscountCap(c.env.DB, query.value.siteId)));
});
