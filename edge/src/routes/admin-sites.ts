import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { requireAdmin } from "../auth/admin-auth.ts";
import { SiteConfig } from "../config/site-config.ts";
import { auditActor } from "../dashboard/audit-actor.ts";
import { apiError, issuesOf } from "../http/api-error.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { readJson } from "../http/read-json.ts";
import { getSite, putSite, siteAudit } from "../sites/site-repository.ts";
import { storeUrlAllowed, storeUrls } from "../store/store-config.ts";

const SiteId = SiteConfig.shape.siteId;

/**
 * GET/PUT /v1/admin/sites/:siteId — one zod-validated SiteConfig document per site, in D1. Every
 * PUT that changes something is written to the site's audit log (GET .../audit).
 */
export const adminSites = new Hono<AppEnv>()
  // JSON only: nothing here may be framed, run script or load anything.
  .use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } }))
  .use(requireAdmin)
  .get("/:siteId", async (c) => {
    const site = await getSite(c.env.DB, c.var.config, c.req.param("siteId"));
    if (site === null) return apiError(404, "unknown_site", "No site with this id.", { siteId: c.req.param("siteId") });
    return c.json(site);
  })
  .get("/:siteId/audit", async (c) => c.json({ entries: await siteAudit(c.env.DB, c.req.param("siteId")) }))
  .put("/:siteId", limitBody(64 * 1024), async (c) => {
    const siteId = c.req.param("siteId");
    if (!SiteId.safeParse(siteId).success) {
      return apiError(400, "invalid_request", "Site ids are lowercase letters, digits and dashes.", { siteId });
    }
    const body = await readJson(c, z.record(z.string(), z.unknown()));
    if (!body.ok) return body.response;
    // The path names the site; a body that names another one is a mistake, not a rename.
    const parsed = SiteConfig.safeParse({ siteId, ...body.value });
    if (!parsed.success || parsed.data.siteId !== siteId) {
      const issues = parsed.success ? [{ path: "siteId", message: `must be "${siteId}" (the path's site id)`, code: "custom" }] : issuesOf(parsed.error);
      return apiError(422, "invalid_config", "The site configuration is invalid.", { issues });
    }
    // http to the machine itself is for local development only; a deployed worker needs https.
    const refused = storeUrls(parsed.data.store).filter(({ url }) => !storeUrlAllowed(url, c.var.config.ENVIRONMENT));
    if (refused.length > 0) {
      const issues = refused.map(({ field }) => ({ path: `store.${field}`, message: "must be https (http to localhost only in development)", code: "custom" }));
      return apiError(422, "invalid_config", "The site configuration is invalid.", { issues });
    }
    await putSite(c.env.DB, parsed.data, auditActor(c, "api"));
    return c.json(parsed.data);
  });
