import { objectionCodes } from "../../edge/src/domain/objection.ts";
import { SiteConfig } from "../../edge/src/config/site-config.ts";
import type { EdgeClient } from "./edge-client.ts";

/**
 * The strategies compared, each a variation of the base site's configuration on its own site id
 * (so each has its own randomized holdout and its own dashboard):
 * - full: the agent as configured (proactive assistant, offers only after the objection was
 *   addressed, follow-ups);
 * - reminder: no proactive assistant and no offers, follow-up reminders only;
 * - coupon: the assistant leads with a discount (every offer eligible for every objection,
 *   without answering the objection first).
 */
export const strategyIds = ["full", "reminder", "coupon"] as const;
export type StrategyId = (typeof strategyIds)[number];

export const strategyNames: Record<StrategyId, string> = { full: "Full agent", reminder: "Reminder only", coupon: "Coupon first" };

export function strategyConfig(base: SiteConfig, id: StrategyId, siteId: string, holdoutPercent: number): SiteConfig {
  const common = { ...base, siteId, name: `${base.name} (${strategyNames[id]})`, holdoutPercent };
  switch (id) {
    case "full":
      return common;
    case "reminder":
      return { ...common, offers: [], triggers: { ...base.triggers, exitIntent: false, maxProactiveOpens: 0 } };
    case "coupon":
      return {
        ...common,
        offers: base.offers.map((o) => ({ ...o, objections: [...objectionCodes], requireAddressedFirst: false })),
      };
  }
}

/** Whether the shopper sees the proactive assistant under this strategy. */
export const hasAssistant = (id: StrategyId) => id !== "reminder";

/** Creates or replaces the simulation's sites, derived from `baseSiteId`'s configuration. */
export async function configureSites(edge: EdgeClient, baseSiteId: string, prefix: string, holdoutPercent: number, ids: readonly StrategyId[]) {
  const base = SiteConfig.parse(await edge.getSite(baseSiteId));
  const sites = new Map<StrategyId, string>();
  for (const id of ids) {
    const siteId = `${prefix}-${id}`;
    await edge.putSite(siteId, strategyConfig(base, id, siteId, holdoutPercent));
    sites.set(id, siteId);
  }
  return sites;
}
