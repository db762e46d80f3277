import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { OrderReceipt } from "../../src/analytics/order-webhook-route.ts";
import { recordEvents, recordSessionStarted } from "../../src/analytics/record-event.ts";
import { ensureAnalyticsSchema } from "../../src/analytics/schema.ts";
import { signStoreBody } from "../../src/analytics/verify-signature.ts";
import { deliver, order, secret } from "./webhook-helpers.ts";
import { startD1 } from "./miniflare-d1.ts";

const hour = 3_600_000;
const t0 = Date.parse("2026-11-02T10:00:00Z");
const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

let d1: Awaited<ReturnType<typeof startD1>>;
let db: D1Database;
let n = 0;
/** Fresh ids per test so tests share one database without interfering. */
let ids: { session: string; cart: string; order: string };

beforeAll(async () => {
  d1 = await startD1();
  db = d1.db;
  await ensureAnalyticsSchema(db);
});
afterAll(() => d1.dispose());
beforeEach(() => {
  n += 1;
  ids = { session: `s${n}`, cart: `c${n}`, order: `o${n}` };
});

async function startSession(group: "agent" | "holdout" = "agent", windowHours = 72, at = t0) {
  await recordSessionStarted(db, { sessionId: ids.session, siteId: "demo", cartId: ids.cart, group, attributionWindowHours: windowHours, at });
}

async function deliverOrder(placedAt: number, extra: Partial<Parameters<typeof order>[0]> = {}) {
  const res = await deliver(db, JSON.stringify(order({ orderId: ids.order, cartId: ids.cart, placedAt, ...extra })));
  expect(res.status).toBe(202);
  return OrderReceipt.parse(await res.json());
}

async function storedOrders(): Promise<number> {
  const row = await db.prepare("SELECT COUNT(*) AS n FROM analytics_orders WHERE order_id = ?").bind(ids.order).first("n");
  return z.number().parse(row);
}

describe("POST /v1/webhooks/orders: verification", () => {
  it("rejects a bad signature with 401 and stores nothing", async () => {
    const body = JSON.stringify(order({ orderId: ids.order, cartId: ids.cart, placedAt: t0 }));
    for (const signature of ["sha256=" + "0".repeat(64), "sha256=zz", "", "md5=abc"]) {
      const res = await deliver(db, body, signature);
      expect(res.status).toBe(401);
      expect(ErrorBody.parse(await res.json()).error.code).toBe("invalid_signature");
    }
    expect(await storedOrders()).toBe(0);
  });

  it("verifies the raw bytes: re-serialised JSON with the same data fails", async () => {
    const body = JSON.stringify(order({ orderId: ids.order, cartId: ids.cart, placedAt: t0 }));
    const res = await deliver(db, JSON.stringify(JSON.parse(body), null, 2), await signStoreBody(secret, body));
    expect(res.status).toBe(401);
  });

  it("answers malformed JSON and wrong shapes with 400 and stores nothing", async () => {
    const bad = await deliver(db, "{not json");
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(await bad.json()).error.code).toBe("invalid_json");
    const wrong = await deliver(db, JSON.stringify({ ...order({ orderId: ids.order, cartId: ids.cart, placedAt: t0 }), total: "12 EUR" }));
    expect(wrong.status).toBe(400);
    expect(ErrorBody.parse(await wrong.json()).error.code).toBe("invalid_request");
    expect(await storedOrders()).toBe(0);
  });

  it("refuses an oversized body with 413", async () => {
    const res = await deliver(db, JSON.stringify({ type: "order.created", padding: "x".repeat(70_000) }));
    expect(res.status).toBe(413);
  });

  it("acknowledges other event types without storing them", async () => {
    const res = await deliver(db, JSON.stringify({ type: "order.updated", orderId: ids.order }));
    expect(res.status).toBe(202);
    expect(await storedOrders()).toBe(0);
  });
});

describe("POST /v1/webhooks/orders: attribution", () => {
  it("stores an order with no session, unattributed", async () => {
    const receipt = await deliverOrder(t0);
    expect(receipt).toMatchObject({ sessionId: null, attributed: "none", duplicate: false });
    expect(await storedOrders()).toBe(1);
  });

  it("attributes an order within the window after an intervention to the session", async () => {
    await startSession();
    await recordEvents(db, [
      { type: "signal", signal: "exit_intent", siteId: "demo", sessionId: ids.session, at: t0 + 1000 },
      { type: "intervention", trigger: "exit_intent", siteId: "demo", sessionId: ids.session, at: t0 + 2000 },
      { type: "offer", outcome: "granted", reason: "shipping_cost eligible", code: "SHIPFREE", siteId: "demo", sessionId: ids.session, at: t0 + 3000 },
    ]);
    const receipt = await deliverOrder(t0 + 2 * hour, { discounts: [{ code: "shipfree", amount: 490 }, { code: "LOYAL5", amount: 500 }] });
    expect(receipt).toMatchObject({ sessionId: ids.session, attributed: "in_session", discountCost: { amount: 490 } });
  });

  it("counts a recovery after a follow-up apart from in-session ones", async () => {
    await startSession();
    await recordEvents(db, [
      { type: "intervention", trigger: "idle", siteId: "demo", sessionId: ids.session, at: t0 },
      { type: "followup_sent", channel: "email", step: 0, siteId: "demo", sessionId: ids.session, at: t0 + hour },
    ]);
    expect((await deliverOrder(t0 + 5 * hour)).attributed).toBe("follow_up");
  });

  it("does not attribute an order placed outside the window", async () => {
    await startSession("agent", 24);
    await recordEvents(db, [{ type: "intervention", trigger: "idle", siteId: "demo", sessionId: ids.session, at: t0 }]);
    expect((await deliverOrder(t0 + 24 * hour + 1)).attributed).toBe("none");
  });

  it("does not attribute holdout orders", async () => {
    await startSession("holdout");
    expect((await deliverOrder(t0 + hour)).attributed).toBe("none");
  });

  it("counts a delivery arriving twice once", async () => {
    await startSession();
    await recordEvents(db, [{ type: "intervention", trigger: "idle", siteId: "demo", sessionId: ids.session, at: t0 }]);
    const first = await deliverOrder(t0 + hour);
    const second = await deliverOrder(t0 + hour);
    expect([first.duplicate, second.duplicate]).toEqual([false, true]);
    expect(second.attributed).toBe("in_session");
    expect(await storedOrders()).toBe(1);
    expect(await db.prepare("SELECT deliveries FROM analytics_orders WHERE order_id = ?").bind(ids.order).first("deliveries")).toBe(2);
  });

  it("attributes correctly when the order arrives before the session's earlier events", async () => {
    await startSession();
    const early = await deliverOrder(t0 + hour);
    expect(early.attributed).toBe("none");
    // The intervention happened before the order but its event is recorded afterwards.
    await recordEvents(db, [{ type: "intervention", trigger: "exit_intent", siteId: "demo", sessionId: ids.session, at: t0 + 60_000 }]);
    const redelivered = await deliverOrder(t0 + hour);
    expect(redelivered).toMatchObject({ duplicate: true, attributed: "in_session" });
  });

  it("ignores touches recorded after the order was placed", async () => {
    await startSession();
    await recordEvents(db, [{ type: "followup_sent", channel: "sms", step: 0, siteId: "demo", sessionId: ids.session, at: t0 + 2 * hour }]);
    expect((await deliverOrder(t0 + hour)).attributed).toBe("none");
  });

  it("uses the session named by the checkout link over the cart's latest session", async () => {
    const linked = ids.session;
    await startSession();
    await recordEvents(db, [{ type: "intervention", trigger: "idle", siteId: "demo", sessionId: linked, at: t0 }]);
    await recordSessionStarted(db, { sessionId: `${linked}-later`, siteId: "demo", cartId: ids.cart, group: "agent", attributionWindowHours: 72, at: t0 + hour });
    expect((await deliverOrder(t0 + 2 * hour)).sessionId).toBe(`${linked}-later`);
    ids.order = `${ids.order}-b`;
    expect(await deliverOrder(t0 + 2 * hour, { cs: linked })).toMatchObject({ sessionId: linked, attributed: "in_session" });
  });
});
