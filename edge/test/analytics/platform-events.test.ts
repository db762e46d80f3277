import type { UIMessage } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionEffects } from "../../src/agent/agent-context.ts";
import type { AnalyticsEventInput } from "../../src/analytics/events.ts";
import { interventionEvent, signalEvents, turnEvents, withAnalytics } from "../../src/analytics/platform-events.ts";
import { recordEvents, recordSessionStarted } from "../../src/analytics/record-event.ts";
import { getSummary } from "../../src/analytics/summary.ts";
import { startD1 } from "./miniflare-d1.ts";

let d1: Awaited<ReturnType<typeof startD1>>;
const t0 = Date.parse("2026-11-10T12:00:00Z");
const ref = { siteId: "wired", sessionId: "w1" };

beforeAll(async () => {
  d1 = await startD1();
});
afterAll(() => d1.dispose());

const message = (id: string, role: "user" | "assistant", text: string): UIMessage => ({ id, role, parts: [{ type: "text", text }] });

describe("platform event builders", () => {
  it("record a wired session that the summary reads back, idempotently", async () => {
    const calls: string[] = [];
    const inner: SessionEffects = {
      recordObjection: async (code) => void calls.push(`objection ${code}`),
      markAddressed: async () => undefined,
      recordOffer: async (d) => void calls.push(`offer ${d.granted}`),
      saveContact: async () => undefined,
      handover: async (reason) => (calls.push(`handover ${reason}`), { notified: true }),
    };
    const recorded: AnalyticsEventInput[] = [];
    let clock = t0 + 5000;
    const effects = withAnalytics(inner, { ...ref, currency: "EUR" }, (events) => recorded.push(...events), () => clock++);
    await effects.recordObjection("shipping_cost");
    await effects.recordOffer({ objection: "shipping_cost", granted: true, offerId: "freeship", code: "FREESHIP", amount: 495, reason: "eligible", at: t0 + 6000 });
    await effects.handover("asked for a person");
    expect(calls).toEqual(["objection shipping_cost", "offer true", "handover asked for a person"]);

    await recordSessionStarted(d1.db, { ...ref, cartId: "wc1", group: "agent", attributionWindowHours: 72, at: t0 });
    const events = [
      ...signalEvents(ref, "exit_intent", t0 + 1000),
      interventionEvent(ref, "exit_intent", t0 + 1000),
      ...turnEvents(ref, [message("m1", "user", "Shipping is expensive"), message("m2", "assistant", "Here is FREESHIP")], true, "widget", t0 + 2000),
      ...signalEvents(ref, "checkout_link_clicked", t0 + 9000),
      ...recorded,
    ];
    expect((await recordEvents(d1.db, events)).ok).toBe(true);
    // A retried delivery of the same events changes nothing.
    expect(await recordEvents(d1.db, events)).toEqual({ ok: true, recorded: 0 });

    const s = await getSummary(d1.db, { siteId: "wired", from: t0 - 1000, to: t0 + 86_400_000 });
    expect(s.kpis).toMatchObject({ sessions: 1, abandonedCarts: 1, cartsWithIntervention: 1, conversations: 1, aiResolutionRate: 0 });
    expect(s.funnel.find((f) => f.step === "checkout_link")?.count).toBe(1);
    expect(s.objections.map((o) => o.code)).toEqual(["shipping_cost"]);
    expect(s.offers.granted).toBe(1);
    expect(s.recentConversations[0]?.messages.map((m) => m.text)).toEqual(["Shipping is expensive", "Here is FREESHIP"]);
  });
});
