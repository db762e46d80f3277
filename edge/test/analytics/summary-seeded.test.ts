import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnalyticsEventInput } from "../../src/analytics/events.ts";
import { recordEvents } from "../../src/analytics/record-event.ts";
import { getSummary } from "../../src/analytics/summary.ts";
import { startD1 } from "./miniflare-d1.ts";
import { deliver, order } from "./webhook-helpers.ts";
import { seeded as prng } from "../../../scripts/simulate/prng.ts";

const hour = 3_600_000;
const windowHours = 24;
const start = Date.parse("2026-10-01T00:00:00Z");

interface Shopper {
  id: string;
  group: "agent" | "holdout";
  createdAt: number;
  abandonAt: number | null;
  touches: number[];
  order: { placedAt: number; total: number } | null;
}

function generate(n: number, random: () => number): Shopper[] {
  return Array.from({ length: n }, (_, i) => {
    const createdAt = start + Math.floor(random() * 7 * 24) * hour;
    const group = random() < 0.3 ? "holdout" : "agent";
    const abandonAt = random() < 0.8 ? createdAt + 60_000 : null;
    const touches = group === "agent" && abandonAt !== null && random() < 0.7 ? [abandonAt + 1000, ...(random() < 0.4 ? [abandonAt + 3 * hour] : [])] : [];
    // Orders from before the abandonment to past the window's edge.
    const order = random() < 0.45 ? { placedAt: createdAt + Math.floor((random() * 30 - 2) * hour), total: 1000 + Math.floor(random() * 20000) } : null;
    return { id: `g${i}`, group, createdAt, abandonAt, touches, order };
  });
}

const shoppers = generate(120, prng(42));
let d1: Awaited<ReturnType<typeof startD1>>;

beforeAll(async () => {
  d1 = await startD1();
  const events: AnalyticsEventInput[] = [];
  for (const s of shoppers) {
    events.push({ type: "session_started", sessionId: s.id, siteId: "seeded", cartId: `cart-${s.id}`, group: s.group, attributionWindowHours: windowHours, at: s.createdAt });
    if (s.abandonAt !== null) events.push({ type: "signal", signal: "exit_intent", siteId: "seeded", sessionId: s.id, at: s.abandonAt });
    s.touches.forEach((at, k) =>
      events.push(k === 0 ? { type: "intervention", trigger: "exit_intent", siteId: "seeded", sessionId: s.id, at } : { type: "followup_sent", channel: "sms", step: 0, siteId: "seeded", sessionId: s.id, at }),
    );
  }
  expect((await recordEvents(d1.db, events)).ok).toBe(true);
  for (const s of shoppers) {
    if (!s.order) continue;
    const res = await deliver(d1.db, JSON.stringify(order({ orderId: `o-${s.id}`, cartId: `cart-${s.id}`, placedAt: s.order.placedAt, total: s.order.total })));
    expect(res.status).toBe(202);
  }
}, 120_000);
afterAll(() => d1.dispose());

describe("getSummary on a seeded dataset", () => {
  it("agrees with figures computed directly from the raw shoppers", async () => {
    const summary = await getSummary(d1.db, { siteId: "seeded", from: start, to: start + 8 * 24 * hour });
    const w = windowHours * hour;
    const abandoned = shoppers.filter((s) => s.abandonAt !== null && (s.order === null || s.order.placedAt >= s.abandonAt));
    const recovered = (g: string) =>
      abandoned.filter((s) => s.group === g && s.order !== null && s.abandonAt !== null && s.order.placedAt - s.abandonAt <= w);
    const assisted = shoppers.filter((s) => s.order !== null && s.touches.some((t) => s.order !== null && t <= s.order.placedAt && s.order.placedAt - t <= w));
    const followUp = assisted.filter((s) => s.touches.slice(1).some((t) => s.order !== null && t <= s.order.placedAt && s.order.placedAt - t <= w));
    const revenue = (xs: Shopper[]) => xs.reduce((sum, s) => sum + (s.order?.total ?? 0), 0);

    expect(summary.kpis.sessions).toBe(shoppers.length);
    expect(summary.kpis.abandonedCarts).toBe(abandoned.length);
    expect(summary.kpis.cartsWithIntervention).toBe(shoppers.filter((s) => s.touches.length > 0).length);
    expect(summary.kpis.recoveredCarts).toBe(assisted.length);
    expect(summary.kpis.followUpRecoveries).toBe(followUp.length);
    expect(summary.kpis.recoveredRevenue.amount).toBe(revenue(assisted));
    for (const g of ["agent", "holdout"] as const) {
      expect(summary.comparison[g].abandoned).toBe(abandoned.filter((s) => s.group === g).length);
      expect(summary.comparison[g].recovered).toBe(recovered(g).length);
      expect(summary.comparison[g].revenue).toBe(revenue(recovered(g)));
    }
    expect(summary.timeSeries.reduce((n, p) => n + p.sessions, 0)).toBe(shoppers.length);
    expect(summary.timeSeries.reduce((n, p) => n + p.revenue, 0)).toBe(revenue(assisted));
    // The dataset exercises every branch the oracle distinguishes.
    expect(assisted.length).toBeGreaterThan(5);
    expect(followUp.length).toBeGreaterThan(0);
    expect(recovered("holdout").length).toBeGreaterThan(0);
    expect(shoppers.some((s) => s.order && s.abandonAt !== null && s.order.placedAt < s.abandonAt)).toBe(true);
  });
});
