import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { AnalyticsEnv } from "../../src/analytics/analytics-env.ts";
import { analyticsRoutes } from "../../src/analytics/analytics-routes.ts";
import { Summary } from "../../src/analytics/summary-schema.ts";
import { seedFixture } from "./summary-fixture.ts";
import { startD1 } from "./miniflare-d1.ts";
import { adminToken, secret } from "./webhook-helpers.ts";

let d1: Awaited<ReturnType<typeof startD1>>;
const app = new Hono<AnalyticsEnv>().route("/v1/analytics", analyticsRoutes);
const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

beforeAll(async () => {
  d1 = await startD1();
  await seedFixture(d1.db);
});
afterAll(() => d1.dispose());

function get(query: string, token: string | null = adminToken) {
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  return app.request(`/v1/analytics/summary${query}`, { headers }, { DB: d1.db, ADMIN_TOKEN: adminToken, WEBHOOK_SECRET: secret });
}

describe("GET /v1/analytics/summary", () => {
  it("requires the admin token", async () => {
    for (const token of [null, "wrong-token", `${adminToken}x`]) {
      const res = await get("?siteId=shop", token);
      expect(res.status).toBe(401);
      expect(ErrorBody.parse(await res.json()).error.code).toBe("unauthorized");
    }
  });

  it.each([
    ["", "no site"],
    ["?siteId=Shop!", "a malformed site id"],
    ["?siteId=shop&from=yesterday", "a malformed date"],
    ["?siteId=shop&from=2026-11-05&to=2026-11-01", "from after to"],
    ["?siteId=shop&from=2020-01-01&to=2026-11-01", "a range over 400 days"],
  ])("answers 400 for %s (%s)", async (query) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(ErrorBody.parse(await res.json()).error.code).toBe("invalid_request");
  });

  it("returns the summary for whole days, `to` inclusive", async () => {
    const res = await get("?siteId=shop&from=2026-11-02&to=2026-11-03");
    expect(res.status).toBe(200);
    const summary = Summary.parse(await res.json());
    expect(summary.from).toBe("2026-11-02T00:00:00.000Z");
    expect(summary.to).toBe("2026-11-04T00:00:00.000Z");
    expect(summary.kpis.sessions).toBe(8);
    expect(summary.kpis.recoveredRevenue).toEqual({ amount: 13000, currency: "EUR" });
  });

  it("accepts date-times with an offset", async () => {
    const res = await get(`?siteId=shop&from=${encodeURIComponent("2026-11-03T00:00:00+00:00")}&to=${encodeURIComponent("2026-11-04T00:00:00Z")}`);
    expect(Summary.parse(await res.json()).kpis.sessions).toBe(3);
  });
});
