import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LedgerEntry } from "../../src/followup/send-ledger.ts";
import { startHttpFake, type HttpFake } from "../channels/support/http-fake.ts";
import { startWorkerd, type Workerd } from "../channels/support/workerd.ts";
import { testSite } from "./support/test-site.ts";

const minute = 60_000;
const abandoned = Date.UTC(2026, 0, 15, 9, 0); // 10:00 in Berlin
const followUp = testSite().followUp;
const baseFacts = {
  abandonedAt: abandoned,
  orderPlaced: false,
  optedOut: false,
  humanTookOver: false,
  consent: { email: true, sms: true, whatsapp: false },
  contact: { email: "ana@example.com", phone: "+4915112345678", country: "DE" },
};
const RunResult = z.object({ sent: z.array(z.number()), skipped: z.array(z.number()), nextAlarmAt: z.number().nullable(), plan: z.object({ stopped: z.string().nullable() }) });
const Sent = z.object({ sessionId: z.string(), stepIndex: z.number(), channel: z.string() });

let sink: HttpFake;
let worker: Workerd;
let sendCount = 0;

beforeAll(async () => {
  sink = await startHttpFake((_req, res) => res.end(`msg-${++sendCount}`));
  const entry = fileURLToPath(new URL("./fixtures/ledger-worker.ts", import.meta.url));
  worker = await startWorkerd(entry, { bindings: { SINK_URL: sink.url }, durableObjects: { FOLLOW_UPS: "FollowUpObject" } });
});
afterAll(async () => {
  await worker?.dispose();
  await sink?.close();
});

async function alarm(sessionId: string, now: number, facts: Partial<typeof baseFacts> = {}) {
  const res = await worker.fetch(`/run?object=${sessionId}`, { method: "POST", body: JSON.stringify({ sessionId, now, followUp, facts: { ...baseFacts, ...facts } }) });
  expect(res.status).toBe(200);
  return RunResult.parse(await res.json());
}

function sendsFor(sessionId: string) {
  return sink.requests.map((r) => Sent.parse(JSON.parse(r.body))).filter((s) => s.sessionId === sessionId);
}

describe("follow-up alarm over the SQLite send ledger (workerd)", () => {
  it("sends a step once even when the alarm fires twice, or five times at once", async () => {
    const due = abandoned + 61 * minute;
    const first = await alarm("twice", due);
    const second = await alarm("twice", due);
    expect(first.sent).toEqual([0]);
    expect(second.sent).toEqual([]);
    const racing = await Promise.all(Array.from({ length: 5 }, () => alarm("racing", due)));
    expect(racing.flatMap((r) => r.sent)).toEqual([0]);
    expect(sendsFor("twice")).toHaveLength(1);
    expect(sendsFor("racing")).toHaveLength(1);
    const entries = z.array(LedgerEntry).parse(
      await (await worker.fetch("/entries?object=twice&session=twice")).json(),
    );
    expect(entries).toEqual([{ stepIndex: 0, status: "sent", detail: expect.stringMatching(/^msg-\d+$/), sessionId: "twice", channel: "email", claimedAt: due }]);
    expect(first.nextAlarmAt).toBe(abandoned + 24 * 60 * minute);
  });

  it("claims a (session, step) for exactly one caller in SQLite", async () => {
    const claim = (sessionId: string, stepIndex: number) =>
      worker.fetch("/claim?object=claims", { method: "POST", body: JSON.stringify({ sessionId, stepIndex, at: abandoned }) }).then((r) => r.json());
    const results = await Promise.all([claim("a", 0), claim("a", 0), claim("a", 0)]);
    expect(results.filter((won) => won === true)).toHaveLength(1);
    expect(await claim("a", 0)).toBe(false);
    expect(await claim("a", 1)).toBe(true);
    expect(await claim("b", 0)).toBe(true);
  });

  it("stops later steps once the shopper opts out", async () => {
    await alarm("opt-out", abandoned + 61 * minute);
    const later = await alarm("opt-out", abandoned + 24 * 60 * minute + minute, { optedOut: true });
    expect(later).toMatchObject({ sent: [], nextAlarmAt: null, plan: { stopped: "opted_out" } });
    expect(sendsFor("opt-out").map((s) => s.stepIndex)).toEqual([0]);
  });

  it("cancels pending steps when the order is placed", async () => {
    const result = await alarm("ordered", abandoned + 61 * minute, { orderPlaced: true });
    expect(result).toMatchObject({ sent: [], nextAlarmAt: null, plan: { stopped: "order_placed" } });
    expect(sendsFor("ordered")).toEqual([]);
  });

  it("defers a step due in quiet hours to the morning instead of dropping it", async () => {
    const evening = Date.UTC(2026, 0, 15, 20, 30); // 21:30 Berlin
    const atNight = await alarm("night", evening, { abandonedAt: evening - 60 * minute });
    expect(atNight.sent).toEqual([]);
    expect(atNight.nextAlarmAt).toBe(Date.UTC(2026, 0, 16, 7, 0));
    const morning = await alarm("night", Date.UTC(2026, 0, 16, 7, 0), { abandonedAt: evening - 60 * minute });
    expect(morning.sent).toEqual([0]);
  });

  it("records a step without consent as skipped when due, so late consent does not fire it", async () => {
    const noConsent = { consent: { email: false, sms: false, whatsapp: false } };
    const skipped = await alarm("consent", abandoned + 61 * minute, noConsent);
    expect(skipped.skipped).toEqual([0]);
    const consentLater = await alarm("consent", abandoned + 62 * minute);
    expect(consentLater.sent).toEqual([]);
    expect(sendsFor("consent")).toEqual([]);
  });
});
