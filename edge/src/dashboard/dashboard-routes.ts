import { storedDiscountCap } from "../sites/site-repository.ts";
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import { isAdminToken } from "../analytics/admin-auth.ts";
import { ensureAnalyticsSchema } from "../analytics/schema.ts";
import { getSummary } from "../analytics/summary.ts";
import { SummaryQuery } from "../analytics/summary-query.ts";
import { siteIdsWithSessions } from "../analytics/summary-queries.ts";
import { limitBody } from "../http/limit-body.ts";
import { clientIp, rateLimit } from "../http/rate-limit.ts";
import { dashboardCss } from "./dashboard-css.ts";
import type { DashboardEnv } from "./dashboard-env.ts";
import { DashboardPage } from "./dashboard-page.tsx";
import { dashboardHeaders, sameOriginForms } from "./dashboard-security.ts";
import { isSignedIn, signIn, signOut } from "./dashboard-session.ts";
import { ErrorPage } from "./error-page.tsx";
import { inboxRoutes } from "./inbox-routes.ts";
import { LoginPage } from "./login-page.tsx";
import { siteSettingsRoutes } from "./settings-routes.ts";

/** The merchant dashboard, mounted at /dashboard: server-rendered, no script, behind the admin token. */
export const dashboardRoutes = new Hono<DashboardEnv>();
dashboardRoutes.route("/inbox", inboxRoutes);

/** Where this sub-app is mounted, from the request path (so links work under any mount point). */
const baseOf = (path: string) => path.replace(/\/(login|logout|style\.css)$/, "").replace(/\/$/, "") || "/";
const page = (node: unknown) => `<!doctype html>${String(node)}`;

dashboardRoutes.use(dashboardHeaders);
dashboardRoutes.use(sameOriginForms);

dashboardRoutes.get("/style.css", (c) => c.body(dashboardCss, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300" }));

dashboardRoutes.get("/", async (c) => {
  const base = baseOf(c.req.path);
  if (!(await isSignedIn(c, c.env.ADMIN_TOKEN))) {
    return c.html(page(LoginPage({ base, query: new URL(c.req.url).search.slice(1) })), 401);
  }
  await ensureAnalyticsSchema(c.env.DB);
  const siteIds = await siteIdsWithSessions(c.env.DB);
  const query = SummaryQuery.safeParse({ siteId: siteIds[0] ?? "demo", ...c.req.query() });
  if (!query.success) {
    const messages = query.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`);
    return c.html(page(ErrorPage({ title: "Invalid filter", messages, backTo: base })), 400);
  }
  const summary = await getSummary(c.env.DB, query.data, await storedDiscountCap(c.env.DB, query.data.siteId));
  return c.html(page(DashboardPage({ summary, siteIds, basePath: base })));
});

const LoginForm = z.object({ token: z.string().max(512), query: z.string().max(1024).default("") });

dashboardRoutes.post(
  "/login",
  // Throttled per client IP before anything else: guessing the token costs a minute per burst.
  rateLimit<DashboardEnv>((env) => env.RL_LOGIN, (c) => `dashboard-login:${clientIp(c)}`),
  limitBody(4096),
  // Not a form (JSON, multipart with a file, …): 400 with the sign-in form again; garbage multipart: 400 from the validator.
  zValidator("form", LoginForm, (result, c) => {
    if (!result.success) return c.html(page(LoginPage({ base: baseOf(c.req.path), query: "", error: "Sign in with the form." })), 400);
  }),
  async (c) => {
    const base = baseOf(c.req.path);
    const form = c.req.valid("form");
    if (!(await isAdminToken(form.token, c.env.ADMIN_TOKEN))) {
      return c.html(page(LoginPage({ base, query: form.query, error: "That token is not valid." })), 401);
    }
    await signIn(c, base);
    // Back to the same filter; re-encoding keeps the redirect on this path.
    const search = new URLSearchParams(form.query).toString();
    return c.redirect(search ? `${base}?${search}` : base, 303);
  },
);

dashboardRoutes.post("/logout", (c) => {
  const base = baseOf(c.req.path);
  signOut(c, base);
  return c.redirect(base, 303);
});

dashboardRoutes.route("/sites", siteSettingsRoutes);
