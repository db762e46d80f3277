import { recordEvents, recordSessionStarted } from "../../src/analytics/record-event.ts";
import type { AnalyticsEventInput } from "../../src/analytics/events.ts";
import { deliver, order } from "./webhook-helpers.ts";

/** A small hand-made site whose summary figures are worked out by hand in summary.test.ts. */
export const day1 = Date.parse("2026-11-02T09:00:00Z");
export const day2 = Date.parse("2026-11-03T09:00:00Z");
const min = 60_000;
const hour = 60 * min;

/** An event of any type without its site and session, which `session` fills in. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type SessionEvent = Without<AnalyticsEventInput, "siteId" | "sessionId">;

export async function session(db: D1Database, id: string, group: "agent" | "holdout", at: number, events: SessionEvent[], siteId = "shop") {
  await recordSessionStarted(db, { sessionId: id, siteId, cartId: `cart-${id}`, group, attributionWindowHours: 48, at });
  const result = await recordEvents(db, events.map((e): AnalyticsEventInput => ({ ...e, siteId, sessionId: id })));
  if (!result.ok) throw new Error(`fixture event invalid: ${JSON.stringify(result.issues)}`);
}

async function placeOrder(db: D1Database, id: string, cartId: string, placedAt: number, total: number, discounts: { code: string; amount: number }[] = []) {
  const res = await deliver(db, JSON.stringify(order({ orderId: id, cartId, placedAt, total, discounts })));
  if (res.status !== 202) throw new Error(`order ${id}: ${res.status} ${await res.text()}`);
}

export async function seedFixture(db: D1Database): Promise<void> {
  const t = day1;
  await session(db, "A1", "agent", t, [
    { type: "signal", signal: "exit_intent", at: t + min },
    { type: "intervention", trigger: "exit_intent", at: t + min },
    { type: "conversation_started", channel: "widget", at: t + 2 * min },
    { type: "message", role: "user", channel: "widget", text: "Shipping is too expensive", at: t + 2 * min },
    { type: "objection", code: "shipping_cost", at: t + 2 * min },
    { type: "message", role: "assistant", channel: "widget", text: "Free shipping with SHIPFREE", at: t + 3 * min },
    { type: "objection", code: "shipping_cost", at: t + 4 * min },
    { type: "offer", outcome: "granted", reason: "eligible", code: "SHIPFREE", at: t + 3 * min },
    { type: "checkout_link_clicked", at: t + 5 * min },
  ]);
  await placeOrder(db, "o-A1", "cart-A1", t + 30 * min, 5000, [{ code: "SHIPFREE", amount: 490 }]);
  await session(db, "A2", "agent", t + hour, [
    { type: "signal", signal: "idle", at: t + hour + min },
    { type: "intervention", trigger: "idle", at: t + hour + min },
    { type: "followup_sent", channel: "email", step: 0, at: t + 3 * hour },
  ]);
  await placeOrder(db, "o-A2", "cart-A2", t + 6 * hour, 8000);
  await session(db, "A3", "agent", t + 2 * hour, [
    { type: "signal", signal: "tab_hidden", at: t + 2 * hour + min },
    { type: "intervention", trigger: "tab_hidden", at: t + 2 * hour + min },
    { type: "conversation_started", channel: "widget", at: t + 2 * hour + 2 * min },
    { type: "message", role: "user", channel: "widget", text: "Any discount?", at: t + 2 * hour + 2 * min },
    { type: "objection", code: "price_discount", at: t + 2 * hour + 2 * min },
    { type: "offer", outcome: "refused", reason: "not eligible", objection: "price_discount", at: t + 2 * hour + 3 * min },
    { type: "handover", reason: "asked for a human", at: t + 2 * hour + 4 * min },
  ]);
  await session(db, "A4", "agent", t + 3 * hour, [{ type: "signal", signal: "checkout_step", at: t + 3 * hour + min }]);
  await placeOrder(db, "o-A4", "cart-A4", t + 3 * hour + 2 * min, 2000);
  // Abandoned after the order: not an abandoned cart.
  await recordEvents(db, [{ type: "signal", signal: "page_close", siteId: "shop", sessionId: "A4", at: t + 3 * hour + 3 * min }]);
  await session(db, "A5", "agent", t + 4 * hour, [{ type: "signal", signal: "exit_intent", at: t + 4 * hour + min }]);
  await placeOrder(db, "o-A5", "cart-A5", t + 5 * hour, 3000);
  const u = day2;
  await session(db, "H1", "holdout", u, [{ type: "signal", signal: "exit_intent", at: u + min }]);
  await placeOrder(db, "o-H1", "cart-H1", u + hour, 4000);
  await session(db, "H2", "holdout", u + hour, [{ type: "signal", signal: "idle", at: u + hour + min }]);
  await session(db, "H3", "holdout", u + 2 * hour, []);
  // Excluded: another site, and a session before the range, each with an order.
  await session(db, "X1", "agent", t, [{ type: "intervention", trigger: "idle", at: t }], "other");
  await placeOrder(db, "o-X1", "cart-X1", t + hour, 9999);
  await session(db, "Y1", "agent", t - 2 * 24 * hour, [{ type: "signal", signal: "idle", at: t - 2 * 24 * hour }]);
  await placeOrder(db, "o-Y1", "cart-Y1", t - 2 * 24 * hour + hour, 7777);
  await placeOrder(db, "o-unknown", "cart-nobody", t + hour, 1234);
}
