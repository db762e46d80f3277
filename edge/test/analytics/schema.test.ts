import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAnalyticsSchema } from "../../src/analytics/schema.ts";
import { startD1 } from "./miniflare-d1.ts";

let d1: Awaited<ReturnType<typeof startD1>>;
beforeAll(async () => {
  d1 = await startD1();
});
afterAll(() => d1.dispose());

describe("ensureAnalyticsSchema", () => {
  it("creates the tables idempotently", async () => {
    await ensureAnalyticsSchema(d1.db);
    await ensureAnalyticsSchema(d1.db);
    const { results } = await d1.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'analytics_%' ORDER BY name").all();
    expect(results.map((r) => r.name)).toEqual(["analytics_events", "analytics_orders", "analytics_sessions"]);
  });
});
