import { describe, expect, it } from "vitest";
import { triggerOf } from "../../src/handover/hold-turn.ts";
import { isVip } from "../../src/handover/vip-rule.ts";
import { fail, ok } from "../../src/store/result.ts";
import { testSite } from "../followup/support/test-site.ts";

const order = (amount: number) => ({ id: `o${amount}`, total: { amount, currency: "EUR" } });
const store = (customerId: string, amounts: number[]) => ({
  getCustomer: async (email: string) =>
    email === "vip@example.com" ? ok({ customer: { id: customerId, email }, orders: amounts.map(order) }) : fail("not_found", "no such customer"),
});

describe("escalation.vipMinLifetimeValue: a verified customer whose orders reach it", () => {
  const verified = { id: "c1", email: "vip@example.com" };

  it("matches at or above the minimum, not below", async () => {
    expect(await isVip(verified, 100_000, store("c1", [60_000, 40_000]))).toBe(true);
    expect(await isVip(verified, 100_001, store("c1", [60_000, 40_000]))).toBe(false);
  });

  it("never for an anonymous shopper, an unknown email or a store record with another id", async () => {
    expect(await isVip(null, 0, store("c1", [1]))).toBe(false);
    expect(await isVip({ id: "c1", email: null }, 0, store("c1", [1]))).toBe(false);
    expect(await isVip({ id: "c1", email: "other@example.com" }, 0, store("c1", [1]))).toBe(false);
    expect(await isVip(verified, 0, store("c2", [500_000]))).toBe(false);
  });
});

describe("holdTurn's trigger: the site's own escalation.vipMinLifetimeValue", () => {
  const customer = { id: "c1", email: "vip@example.com" };
  const message = { id: "m1", role: "user" as const, parts: [{ type: "text" as const, text: "Is this in stock?" }] };
  const input = (vipMinLifetimeValue: number) => {
    const site = testSite();
    return { site: { ...site, escalation: { ...site.escalation, vipMinLifetimeValue } }, message, history: [], storeApi: store("c1", [60_000, 40_000]) };
  };

  it("hands a verified customer's first message over at or above the site's minimum only", async () => {
    expect(await triggerOf(input(100_000), customer, true)).toBe("vip");
    expect(await triggerOf(input(150_000), customer, true)).toBeNull();
    expect(await triggerOf(input(100_000), customer, false)).toBeNull();
  });
});
