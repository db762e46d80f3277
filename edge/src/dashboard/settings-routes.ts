import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { SiteConfig } from "../config/site-config.ts";
import type { AppEnv } from "../http/bindings.ts";
import { limitBody } from "../http/limit-body.ts";
import { getSite, putSite, siteAudit, siteIds } from "../sites/site-repository.ts";
import { auditActor } from "./audit-actor.ts";
import { isSignedIn } from "./dashboard-session.ts";
import { embedSnippets } from "./embed-snippets.ts";
import { ErrorPage } from "./error-page.tsx";
import { formToInput } from "./form-to-input.ts";
import { configToForm, fieldErrors, normalizeForm, type FieldErrors, type FormValues } from "./settings-form.ts";
import { SettingsPage } from "./settings-page.tsx";

/**
 * /dashboard/sites: a site's settings as forms (no script: POST, then redirect), validated by the
 * same SiteConfig schema as PUT /v1/admin/sites, every saved change in the site's audit log.
 */
export const siteSettingsRoutes = new Hono<AppEnv>();

/** The dashboard's mount point, from a path under it ("/dashboard/sites/shop" → "/dashboard"). */
const baseOf = (path: string) => /^(.*?)\/sites(?:\/|$)/.exec(path)?.[1] || "/";
const html = (node: unknown) => `<!doctype html>${String(node)}`;
const prefix = (base: string) => (base === "/" ? "" : base);

/** Whatever a browser form sends, text fields only (a file upload is refused with 400). */
const RawForm = z.record(z.string(), z.union([z.string().max(4096), z.array(z.string().max(4096)).max(50)]));
const readForm = zValidator("form", RawForm, (result, c) => {
  if (!result.success) {
    const backTo = baseOf(c.req.path);
    return c.html(html(ErrorPage({ title: "Not a settings form", messages: ["Send the settings form's text fields only."], backTo })), 400);
  }
});

/** A starting point for a new site: the schema's defaults and a few sensible ones, the merchant-specific fields empty. */
function newSiteForm(): FormValues {
  const template = SiteConfig.parse({
    siteId: "new-site",
    name: "Shop",
    allowedOrigins: ["https://shop.example"],
    store: { platform: "cart-saver", baseUrl: "https://shop.example", tokenSecret: "STORE_TOKEN_SHOP" },
    brand: { assistantName: "Assistant", color: "#2f6f5e", greeting: "Hi! Anything I can help with before you check out?" },
    triggers: {},
    maxDiscountPercent: 10,
    followUp: { steps: [{ channel: "email", delayMinutes: 60 }] },
    escalation: {},
  });
  return { ...configToForm(template), siteId: "", name: "", allowedOrigins: "", "store.baseUrl": "" };
}

siteSettingsRoutes.use(async (c, next) => {
  if (!(await isSignedIn(c, c.var.config.ADMIN_TOKEN))) return c.redirect(baseOf(c.req.path), 303);
  await next();
});

siteSettingsRoutes.get("/", (c) => c.redirect(`${prefix(baseOf(c.req.path))}/sites/demo`, 303));

const savedNotice = "Settings saved. Open widgets pick them up within a minute (the widget config is cached for 60 s).";
const switchedNotice = "Showing the selected platform's fields. Nothing is saved until you save the form.";

async function render(c: Context<AppEnv>, siteId: string | null, values: FormValues, errors: FieldErrors, status: 200 | 422, switched = false) {
  const base = baseOf(c.req.path);
  const created = c.req.query("created") !== undefined;
  const notice = switched ? switchedNotice : status === 200 && c.req.query("saved") !== undefined ? savedNotice : undefined;
  const edge = c.var.config.PUBLIC_URL ?? new URL(c.req.url).origin;
  const page = SettingsPage({
    base,
    siteId,
    siteIds: await siteIds(c.env.DB, c.var.config),
    form: { values, errors },
    notice,
    embed: siteId === null ? undefined : { snippets: embedSnippets(new URL(edge).origin, siteId), created },
    audit: siteId === null ? undefined : await siteAudit(c.env.DB, siteId),
  });
  return c.html(html(page), status);
}

siteSettingsRoutes.get("/new", (c) => render(c, null, newSiteForm(), {}, 200));

siteSettingsRoutes.post("/", limitBody(64 * 1024), readForm, async (c) => {
  const values = normalizeForm(c.req.valid("form"));
  // "Show this platform's fields": the same form again, for the newly selected platform, unsaved.
  if (c.req.valid("form").switchPlatform !== undefined) return render(c, null, values, {}, 200, true);
  const parsed = SiteConfig.safeParse(formToInput(values));
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const siteId = parsed.success ? parsed.data.siteId : "";
  if (siteId === "new" || (parsed.success && (await getSite(c.env.DB, c.var.config, siteId)) !== null)) {
    errors.siteId = ["A site with this id exists already; choose another id."];
  }
  if (!parsed.success || Object.keys(errors).length > 0) return render(c, null, values, errors, 422);
  await putSite(c.env.DB, parsed.data, auditActor(c, "dashboard"));
  return c.redirect(`${prefix(baseOf(c.req.path))}/sites/${siteId}?created`, 303);
});

function unknownSite(c: Context<AppEnv>, siteId: string) {
  return c.html(html(ErrorPage({ title: "Unknown site", messages: [`No site with the id “${siteId}”.`], backTo: baseOf(c.req.path) })), 404);
}

siteSettingsRoutes.get("/:siteId", async (c) => {
  const site = await getSite(c.env.DB, c.var.config, c.req.param("siteId"));
  if (site === null) return unknownSite(c, c.req.param("siteId"));
  return render(c, site.siteId, configToForm(site), {}, 200);
});

siteSettingsRoutes.post("/:siteId", limitBody(64 * 1024), readForm, async (c) => {
  const siteId = c.req.param("siteId");
  if ((await getSite(c.env.DB, c.var.config, siteId)) === null) return unknownSite(c, siteId);
  // The path names the site; the form cannot rename it.
  const values = { ...normalizeForm(c.req.valid("form")), siteId };
  if (c.req.valid("form").switchPlatform !== undefined) return render(c, siteId, values, {}, 200, true);
  const parsed = SiteConfig.safeParse(formToInput(values));
  if (!parsed.success) return render(c, siteId, values, fieldErrors(parsed.error), 422);
  await putSite(c.env.DB, parsed.data, auditActor(c, "dashboard"));
  return c.redirect(`${prefix(baseOf(c.req.path))}/sites/${siteId}?saved`, 303);
});
