import { Hono } from "hono";
import { z } from "zod";
import { isAdminToken } from "../analytics/admin-auth.ts";
import type { AnalyticsEnv } from "../analytics/analytics-env.ts";
import { ensureAnalyticsSchema } from "../analytics/schema.ts";
import { getSummary } from "../analytics/summary.ts";
import { SummaryQuery } from "../analytics/summary-query.ts";
import { siteIdsWithSessions } from "../analytics/summary-queries.ts";
import { limitBody } from "../http/limit-body.ts";
import { DashboardPage } from "./dashboard-page.tsx";
import { isSignedIn, signIn, signOut } from "./dashboard-session.ts";
import { ErrorPage } from "./error-page.tsx";
import { inboxRoutes } from "./inbox-routes.ts";
import { LoginPage } from "./login-page.tsx";

/** The merchant dashboard, mounted at /dashboard: server-rendered, behind the admin token. */
export const dashboardRoutes = new Hono<AnalyticsEnv>();
dashboardRoutes.route("/inbox", inboxRoutes);

/** Where this sub-app is mounted, from the request path (so links work under any mount point). */
const baseOf = (path: string) => path.replace(/\/(login|logout)$/, "").replace(/\/$/, "") || "/";
const page = (node: unknown) => `<!doctype html>${String(node)}`;

dashboardRoutes.get("/", async (c) => {
  const base = baseOf(c.req.path);
  if (!(await isSignedIn(c))) {
    return c.html(page(LoginPage({ action: `${base}/login`, query: new URL(c.req.url).search.slice(1) })), 401);
  }
  await ensureAnalyticsSchema(c.env.DB);
  const siteIds = await siteIdsWithSessions(c.env.DB);
  const query = SummaryQuery.safeParse({ siteId: siteIds[0] ?? "demo", ...c.req.query() });
  if (!query.success) {
    const messages = query.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`);
    return c.html(page(ErrorPage({ title: "Invalid filter", messages, backTo: base })), 400);
  }
  const summary = await getSummary(c.env.DB, query.data);
  return c.html(page(DashboardPage({ summary, siteIds, basePath: base })));
});

const LoginForm = z.object({ token: z.string().max(512), query: z.string().max(1024).default("") });

dashboardRoutes.post("/login", limitBody(4096), async (c) => {
  const base = baseOf(c.req.path);
  const form = LoginForm.safeParse(await c.req.parseBody().catch(() => null));
  const query = form.success ? form.data.query : "";
  if (!form.success || !(await isAdminToken(form.data.token, c.env.ADMIN_TOKEN))) {
    return c.html(page(LoginPage({ action: `${base}/login`, query, error: "That token is not valid." })), 401);
  }
  await signIn(c, base);
  // Back to the same filter; re-encoding keeps the redirect on this path.
  const search = new URLSearchParams(query).toString();
  return c.redirect(search ? `${base}?${search}` : base, 303);
});

dashboardRoutes.post("/logout", (c) => {
  const base = baseOf(c.req.path);
  signOut(c, base);
  return c.redirect(base, 303);
});
