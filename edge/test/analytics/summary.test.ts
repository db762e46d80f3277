import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSummary } from "../../src/analytics/summary.ts";
import type { Summary } from "../../src/analytics/summary-schema.ts";
import { day1, seedFixture } from "./summary-fixture.ts";
import { startD1 } from "./miniflare-d1.ts";

let d1: Awaited<ReturnType<typeof startD1>>;
let summary: Summary;
const from = day1 - 9 * 3_600_000; // 2026-11-02T00:00Z
const to = from + 2 * 86_400_000; // through 2026-11-03

beforeAll(async () => {
  d1 = await startD1();
  await seedFixture(d1.db);
  summary = await getSummary(d1.db, { siteId: "shop", from, to });
});
afterAll(() => d1.dispose());

/**
 * Worked by hand from summary-fixture.ts. Cohort: A1–A5 (agent), H1–H3 (holdout); X1 is another
 * site, Y1 is before the range, o-unknown has no session.
 * Abandoned: A1 A2 A3 A5 H1 H2 (A4 ordered before its page_close). AI-assisted orders: A1
 * (in-session, 5000, SHIPFREE 490) and A2 (after the e-mail follow-up, 8000). A5 ordered after
 * abandoning without an intervention: recovered for the comparison, not AI-assisted.
 */
describe("getSummary on a hand-made site", () => {
  it("computes the KPIs", () => {
    expect(summary.currency).toBe("EUR");
    expect(summary.kpis).toEqual({
      sessions: 8,
      abandonedCarts: 6,
      cartsWithIntervention: 3,
      conversations: 2,
      recoveredCarts: 2,
      inSessionRecoveries: 1,
      followUpRecoveries: 1,
      recoveredRevenue: { amount: 13000, currency: "EUR" },
      recoveryRate: 0.75, // A1 A2 A5 of A1 A2 A3 A5
      discountSpend: { amount: 490, currency: "EUR" },
      averageOrderValue: { amount: 6500, currency: "EUR" },
      aiResolutionRate: 0.5, // A3 of A1 A3 was handed over
    });
  });

  it("compares agent and holdout on abandoned carts", () => {
    const { agent, holdout } = summary.comparison;
    expect([agent.abandoned, agent.recovered, agent.revenue]).toEqual([4, 3, 16000]);
    expect([holdout.abandoned, holdout.recovered, holdout.revenue]).toEqual([2, 1, 4000]);
    expect(summary.comparison.absoluteLift?.estimate).toBeCloseTo(0.25, 10);
    expect(summary.comparison.relativeLift?.estimate).toBeCloseTo(0.5, 10);
    // 16000/4×1000 − 4000/2×1000
    expect(summary.comparison.incrementalRevenuePer1000).toBe(4_000_000 - 2_000_000);
    expect(summary.comparison.significant).toBe(false);
  });

  it("builds one time-series point per day", () => {
    expect(summary.timeSeries).toEqual([
      { date: "2026-11-02", sessions: 5, abandoned: 4, interventions: 3, conversations: 2, recovered: 2, revenue: 13000 },
      { date: "2026-11-03", sessions: 3, abandoned: 2, interventions: 0, conversations: 0, recovered: 0, revenue: 0 },
    ]);
  });

  it("builds the agent funnel", () => {
    expect(summary.funnel.map((s) => [s.step, s.count])).toEqual([
      ["sessions", 5],
      ["abandoned", 4],
      ["intervened", 3],
      ["conversation", 2],
      ["checkout_link", 1],
      ["recovered", 2],
    ]);
  });

  it("ranks objections and reports offers", () => {
    expect(summary.objections).toEqual([
      { code: "shipping_cost", mentions: 2, sessions: 1, recovered: 1, recoveryRate: 1 },
      { code: "price_discount", mentions: 1, sessions: 1, recovered: 0, recoveryRate: 0 },
    ]);
    expect(summary.offers).toEqual({ granted: 1, refused: 1, refusalReasons: [{ reason: "not eligible", count: 1 }], overCap: [] });
  });

  it("reports channel performance", () => {
    const byChannel = Object.fromEntries(summary.channels.map((c) => [c.channel, c]));
    expect(byChannel.widget).toEqual({ channel: "widget", conversations: 2, followupsSent: 0, messagesIn: 2, messagesOut: 1, recovered: 1, revenue: 5000 });
    expect(byChannel.email).toEqual({ channel: "email", conversations: 0, followupsSent: 1, messagesIn: 0, messagesOut: 0, recovered: 1, revenue: 8000 });
    expect(byChannel.sms?.recovered).toBe(0);
  });

  it("lists recent conversations, newest first, with their transcripts", () => {
    expect(summary.recentConversations.map((c) => [c.sessionId, c.outcome, c.handedOver, c.orderTotal])).toEqual([
      ["A3", "open", true, null],
      ["A1", "in_session", false, 5000],
    ]);
    expect(summary.recentConversations[1]?.messages.map((m) => `${m.role}: ${m.text}`)).toEqual([
      "user: Shipping is too expensive",
      "assistant: Free shipping with SHIPFREE",
    ]);
    expect(summary.recentConversations[0]?.objections).toEqual(["price_discount"]);
  });

  it("is empty for a range without sessions", async () => {
    const empty = await getSummary(d1.db, { siteId: "shop", from: from + 10 * 86_400_000, to: from + 11 * 86_400_000 });
    expect(empty.kpis.sessions).toBe(0);
    expect(empty.kpis.recoveryRate).toBeNull();
    expect(empty.comparison.absoluteLift).toBeNull();
    expect(empty.timeSeries).toHaveLength(1);
  });
});
