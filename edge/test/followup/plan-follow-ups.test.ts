import { describe, expect, it } from "vitest";
import { planFollowUps, type FollowUpFacts } from "../../src/followup/plan-follow-ups.ts";
import type { LedgerEntry } from "../../src/followup/send-ledger.ts";
import { testSite } from "./support/test-site.ts";

const minute = 60_000;
// 10:00 in Berlin (UTC+1 in January): daytime, so only explicit cases hit quiet hours.
const abandoned = Date.UTC(2026, 0, 15, 9, 0);
const followUp = testSite().followUp;

function facts(overrides: Partial<FollowUpFacts> = {}): FollowUpFacts {
  return {
    abandonedAt: abandoned,
    orderPlaced: false,
    optedOut: false,
    humanTookOver: false,
    consent: { email: true, sms: true, whatsapp: true },
    contact: { email: "ana@example.com", phone: "+4915112345678", country: "DE" },
    ledger: [],
    ...overrides,
  };
}

function sent(stepIndex: number, channel: LedgerEntry["channel"]): LedgerEntry {
  return { sessionId: "s1", stepIndex, channel, status: "sent", claimedAt: abandoned, detail: "id" };
}

describe("follow-up schedule", () => {
  it("schedules every step from the abandonment time and wakes for the first", () => {
    const plan = planFollowUps(followUp, facts(), abandoned);
    expect(plan.stopped).toBeNull();
    expect(plan.steps.map((s) => s.kind)).toEqual(["scheduled", "scheduled", "scheduled"]);
    expect(plan.wakeAt).toBe(abandoned + 60 * minute);
  });

  it("marks a step due once its time has come, and not again once it is in the ledger", () => {
    const now = abandoned + 61 * minute;
    expect(planFollowUps(followUp, facts(), now).steps[0]).toMatchObject({ kind: "due", channel: "email" });
    const after = planFollowUps(followUp, facts({ ledger: [sent(0, "email")] }), now);
    expect(after.steps[0]).toMatchObject({ kind: "done", status: "sent" });
    expect(after.wakeAt).toBe(abandoned + 24 * 60 * minute);
  });

  it("stops everything once the shopper opts out", () => {
    const plan = planFollowUps(followUp, facts({ optedOut: true, ledger: [sent(0, "email")] }), abandoned + 25 * 60 * minute);
    expect(plan).toEqual({ stopped: "opted_out", steps: [], wakeAt: null });
  });

  it("cancels pending steps when the order is placed or a human took over", () => {
    expect(planFollowUps(followUp, facts({ orderPlaced: true }), abandoned).stopped).toBe("order_placed");
    expect(planFollowUps(followUp, facts({ humanTookOver: true }), abandoned).stopped).toBe("human_took_over");
    expect(planFollowUps(followUp, facts({ abandonedAt: null }), abandoned).stopped).toBe("not_abandoned");
  });

  it("defers a step that falls in quiet hours to the shopper's morning", () => {
    const evening = Date.UTC(2026, 0, 15, 20, 0); // 21:00 Berlin
    const plan = planFollowUps(followUp, facts({ abandonedAt: evening - 60 * minute }), evening);
    expect(plan.steps[0]).toMatchObject({ kind: "scheduled", dueAt: Date.UTC(2026, 0, 16, 7, 0) });
    expect(plan.wakeAt).toBe(Date.UTC(2026, 0, 16, 7, 0));
  });

  it("follows the site's quietHours: 22:00–07:00 lets 21:00 through and ends at 07:00", () => {
    const lateQuiet = { ...followUp, quietHours: { start: "22:00", end: "07:00" } };
    const evening = Date.UTC(2026, 0, 15, 20, 0); // 21:00 Berlin
    expect(planFollowUps(lateQuiet, facts({ abandonedAt: evening - 60 * minute }), evening).steps[0]).toMatchObject({ kind: "due", dueAt: evening });
    const night = Date.UTC(2026, 0, 15, 22, 0); // 23:00 Berlin
    expect(planFollowUps(lateQuiet, facts({ abandonedAt: night - 60 * minute }), night).steps[0]).toMatchObject({ dueAt: Date.UTC(2026, 0, 16, 6, 0) });
  });

  it("skips channels without consent or address when consent is required", () => {
    const plan = planFollowUps(followUp, facts({ consent: { email: false, sms: true, whatsapp: false } }), abandoned + 61 * minute);
    expect(plan.steps[0]).toMatchObject({ kind: "skip", reason: "no_consent" });
    const noPhone = planFollowUps(followUp, facts({ contact: { email: "a@b.co", country: "DE" } }), abandoned);
    expect(noPhone.steps[1]).toMatchObject({ kind: "skip", reason: "no_address" });
    const relaxed = planFollowUps({ ...followUp, requireConsent: false }, facts({ consent: { email: false, sms: false, whatsapp: false } }), abandoned);
    expect(relaxed.steps[0]?.kind).toBe("scheduled");
  });

  it("sends at most one SMS per cart", () => {
    const twoSms = { ...followUp, steps: [{ channel: "sms" as const, delayMinutes: 60 }, { channel: "sms" as const, delayMinutes: 120 }] };
    expect(planFollowUps(twoSms, facts(), abandoned).steps.map((s) => s.kind)).toEqual(["scheduled", "skip"]);
    const afterFirst = planFollowUps(twoSms, facts({ ledger: [sent(0, "sms")] }), abandoned + 121 * minute);
    expect(afterFirst.steps[1]).toMatchObject({ kind: "skip", reason: "sms_limit" });
  });
});
