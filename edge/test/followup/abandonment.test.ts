import { describe, expect, it } from "vitest";
import { abandonedAt, isAbandoned, type ActivityFacts } from "../../src/followup/abandonment.ts";

const timings = { graceMinutes: 30, inactivityMinutes: 60 };
const minute = 60_000;
const t0 = Date.UTC(2026, 5, 1, 10, 0);
const active: ActivityFacts = { cartItemCount: 2, orderPlaced: false, lastActivityAt: t0, awaySince: null };

describe("abandonment detection", () => {
  it("counts a visible but idle cart as abandoned after the inactivity period", () => {
    expect(abandonedAt(active, timings)).toBe(t0 + 60 * minute);
    expect(isAbandoned(active, timings, t0 + 59 * minute)).toBe(false);
    expect(isAbandoned(active, timings, t0 + 60 * minute)).toBe(true);
  });

  it("counts a closed or hidden tab as abandoned after the grace period", () => {
    const away = { ...active, awaySince: t0 + 5 * minute };
    expect(abandonedAt(away, timings)).toBe(t0 + 35 * minute);
  });

  it("never abandons an empty cart or a placed order", () => {
    expect(abandonedAt({ ...active, cartItemCount: 0 }, timings)).toBeNull();
    expect(abandonedAt({ ...active, orderPlaced: true, awaySince: t0 }, timings)).toBeNull();
    expect(isAbandoned({ ...active, orderPlaced: true }, timings, t0 + 1000 * minute)).toBe(false);
  });
});
