import { Hono } from "hono";
import type { SiteConfig } from "../config/site-config.ts";
import { apiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/bindings.ts";
import { siteCors } from "../http/site-cors.ts";
import { getSite } from "../sites/site-repository.ts";

/** What the widget may know about a site: never store tokens, offers or their codes. */
export function publicWidgetConfig(site: SiteConfig) {
  return {
    siteId: site.siteId,
    name: site.name,
    brand: site.brand,
    language: site.brand.language,
    triggers: site.triggers,
    followUp: {
      requireConsent: site.followUp.requireConsent,
      channels: [...new Set(site.followUp.steps.map((step) => step.channel))],
    },
  };
}
export type PublicWidgetConfig = ReturnType<typeof publicWidgetConfig>;

/** GET /v1/sites/:siteId/widget-config */
export const widgetConfig = new Hono<AppEnv>()
  .use("/:siteId/*", siteCors)
  .get("/:siteId/widget-config", async (c) => {
    const site = await getSite(c.env.DB, c.var.config, c.req.param("siteId"));
    if (site === null) return apiError(404, "unknown_site", "No site with this id.", { siteId: c.req.param("siteId") });
    c.header("Cache-Control", "public, max-age=60");
    return c.json(publicWidgetConfig(site));
  });
