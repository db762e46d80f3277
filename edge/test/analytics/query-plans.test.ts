import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getSummary } from "../../src/analytics/summary.ts";
import { siteIdsWithSessions } from "../../src/analytics/summary-queries.ts";
import { digestsForCart } from "../../src/analytics/session-digests.ts";
import { ordersForCart } from "../../src/analytics/order-store.ts";
import { seedFixture } from "./summary-fixture.ts";
import { startD1 } from "./miniflare-d1.ts";

let d1: Awaited<ReturnType<typeof startD1>>;
const queries: { sql: string; args: unknown[] }[] = [];

/** The database, recording every statement the code under test prepares and binds. */
function recording(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== "prepare") return Reflect.get(target, prop, receiver);
      return (sql: string) => {
        const statement = target.prepare(sql);
        return new Proxy(statement, {
          get(s, p, r) {
            if (p !== "bind") return Reflect.get(s, p, r);
            return (...args: unknown[]) => {
              queries.push({ sql, args });
              return s.bind(...args);
            };
          },
        });
      };
    },
  });
}

beforeAll(async () => {
  d1 = await startD1();
  await seedFixture(d1.db);
});
afterAll(() => d1.dispose());

describe("dashboard and webhook queries", () => {
  it("use an index for every table they read", async () => {
    const db = recording(d1.db);
    await getSummary(db, { siteId: "shop", from: Date.parse("2026-11-02T00:00:00Z"), to: Date.parse("2026-11-04T00:00:00Z") });
    await digestsForCart(db, "cart-A1");
    await ordersForCart(db, "cart-A1");
    await siteIdsWithSessions(db);
    const reads = queries.filter((q) => /^\s*SELECT/i.test(q.sql));
    expect(reads.length).toBeGreaterThanOrEqual(8);
    for (const q of reads) {
      const { results } = await d1.db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).bind(...q.args).all();
      const steps = z.array(z.object({ detail: z.string() })).parse(results).map((r) => r.detail);
      // "SCAN <table>" without an index is a full table scan; SEARCH or a covering-index scan is fine.
      const fullScans = steps.filter((d) => /^SCAN \w+$/.test(d) || (/^SCAN /.test(d) && !/INDEX/.test(d)));
      expect(fullScans, `${q.sql}\n${steps.join("\n")}`).toEqual([]);
    }
  });
});
