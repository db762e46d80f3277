import { describe, expect, it } from "vitest";
import { SiteConfig } from "../../src/config/site-config.ts";
import { makePersona } from "../../../scripts/simulate/personas.ts";
import { seeded } from "../../../scripts/simulate/prng.ts";
import { strategyConfig, strategyIds } from "../../../scripts/simulate/strategies.ts";
import { comparisonOf } from "../../../scripts/simulate/report.ts";

const base = SiteConfig.parse({
  siteId: "demo",
  name: "Demo",
  allowedOrigins: ["http://127.0.0.1:8788"],
  store: { adapter: "http", baseUrl: "http://127.0.0.1:8788" },
  brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi" },
  triggers: {},
  offers: [{ id: "save10", code: "SAVE10", kind: "percent", value: 10, objections: ["price_discount"] }],
  maxDiscountPercent: 15,
  followUp: { steps: [{ channel: "email", delayMinutes: 60 }] },
  escalation: {},
});

describe("simulator model", () => {
  it("generates the same shoppers for the same seed", () => {
    const a = Array.from({ length: 50 }, (_, i) => makePersona(seeded(7), i, 7));
    const b = Array.from({ length: 50 }, (_, i) => makePersona(seeded(7), i, 7));
    expect(a).toEqual(b);
    const r = seeded(1);
    const many = Array.from({ length: 400 }, (_, i) => makePersona(r, i, 1));
    expect(new Set(many.map((p) => p.objection)).size).toBeGreaterThan(6);
    expect(many.every((p) => p.propensity > 0 && p.propensity < 0.3)).toBe(true);
  });

  it("derives a valid site configuration for every strategy", () => {
    for (const id of strategyIds) {
      const config = SiteConfig.parse(strategyConfig(base, id, `sim-${id}`, 30));
      expect(config.siteId).toBe(`sim-${id}`);
      expect(config.holdoutPercent).toBe(30);
    }
    expect(strategyConfig(base, "reminder", "r", 30).offers).toEqual([]);
    expect(strategyConfig(base, "reminder", "r", 30).triggers.maxProactiveOpens).toBe(0);
    expect(strategyConfig(base, "coupon", "c", 30).offers[0]?.requireAddressedFirst).toBe(false);
    expect(strategyConfig(base, "coupon", "c", 30).offers[0]?.objections).toContain("shipping_cost");
  });

  it("compares groups from simulated outcomes", () => {
    const outcome = (group: "agent" | "holdout", bought: boolean) => ({
      strategy: "full" as const,
      group,
      conversed: false,
      resolved: false,
      discountCode: null,
      bought: bought ? ("in_session" as const) : null,
      revenue: bought ? 5000 : 0,
      discount: 0,
    });
    const c = comparisonOf([outcome("agent", true), outcome("agent", false), outcome("holdout", false), outcome("holdout", false)]);
    expect([c.agent.abandoned, c.agent.recovered, c.agent.revenue]).toEqual([2, 1, 5000]);
    expect(c.holdout.rate?.estimate).toBe(0);
  });
});
