import type { WidgetConfig } from "../common/widget-types.ts";
import { arr, bool, num, rec, str } from "../common/read.ts";

/** Parses the public widget config, filling the same defaults the site schema uses. */
export function parseWidgetConfig(body: unknown, siteId: string): WidgetConfig {
  const c = rec(body);
  const brand = rec(c.brand);
  const t = rec(c.triggers);
  const followUp = rec(c.followUp);
  const language = str(brand.language, "auto");
  const color = str(brand.color);
  return {
    siteId: str(c.siteId, siteId),
    name: str(c.name),
    brand: {
      assistantName: str(brand.assistantName, "Assistant"),
      color: /^#[0-9a-fA-F]{6}$/.test(color) ? color : "#2f6f5e",
      greeting: str(brand.greeting),
      language: language === "en" || language === "de" ? language : "auto",
    },
    triggers: {
      exitIntent: bool(t.exitIntent, true),
      idleSeconds: num(t.idleSeconds, 45),
      pages: Array.isArray(t.pages) ? arr(t.pages).filter((p): p is string => typeof p === "string") : ["/cart", "/checkout"],
      minCartValue: num(t.minCartValue, 0),
      cooldownMinutes: num(t.cooldownMinutes, 1440),
      minSecondsOnPage: num(t.minSecondsOnPage, 3),
      maxProactiveOpens: num(t.maxProactiveOpens, 1),
    },
    requireConsent: bool(followUp.requireConsent, true),
  };
}

export async function fetchWidgetConfig(edge: string, siteId: string): Promise<WidgetConfig | null> {
  try {
    const res = await fetch(`${edge}/v1/sites/${encodeURIComponent(siteId)}/widget-config`, { credentials: "omit" });
    return res.ok ? parseWidgetConfig(await res.json(), siteId) : null;
  } catch {
    return null;
  }
}
