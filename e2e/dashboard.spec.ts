import { expect, test } from "@playwright/test";
import { z } from "zod";
import { ask, completeCheckout, configureDemo, createCart, EDGE_URL, STORE_URL, useCart, widget, widgetSession } from "./fixtures/widget-support.ts";

/**
 * Measurement end to end: a shopper who talks to the assistant and then buys through its checkout
 * link is counted as an in-session recovery, and the dashboard (phone-sized, real Chromium) shows the
 * same figures as GET /v1/analytics/summary.
 */
const admin = { authorization: "Bearer dev-admin-token" };
const Summary = z.object({
  kpis: z.object({
    abandonedCarts: z.number(),
    cartsWithIntervention: z.number(),
    conversations: z.number(),
    recoveredCarts: z.number(),
    inSessionRecoveries: z.number(),
    recoveredRevenue: z.object({ amount: z.number(), currency: z.string() }),
  }),
});
const today = () => new Date().toISOString().slice(0, 10);

async function summary() {
  const res = await fetch(`${EDGE_URL()}/v1/analytics/summary?siteId=demo&from=${today()}&to=${today()}`, { headers: admin });
  expect(res.status).toBe(200);
  return Summary.parse(await res.json()).kpis;
}

let restore: () => Promise<void>;
test.beforeAll(async () => {
  restore = await configureDemo({ triggers: { exitIntent: false, idleSeconds: 3600 } });
});
test.afterAll(async () => restore());

test("a recovered cart reaches the summary and the dashboard shows the same figures", async ({ page }) => {
  test.setTimeout(120_000);
  const before = await summary();
  const cartId = await createCart([{ variantId: "organic-cotton-tee--m-white", quantity: 2 }]);
  await useCart(page.context(), cartId);
  await widgetSession(page, () => page.goto(`${STORE_URL()}/cart`));
  await widget(page).launcher.click();
  await ask(page, "how much is shipping to Germany?");
  await ask(page, "Please send me a checkout link");
  await widget(page).view("checkout-link").click();
  await completeCheckout(page, "measured@example.com");

  // The store's webhook reaches the edge asynchronously.
  await expect.poll(async () => (await summary()).inSessionRecoveries, { timeout: 20_000 }).toBe(before.inSessionRecoveries + 1);
  const after = await summary();
  expect(after.conversations).toBe(before.conversations + 1);
  expect(after.recoveredRevenue.amount).toBeGreaterThan(before.recoveredRevenue.amount);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${EDGE_URL()}/dashboard?siteId=demo&from=${today()}&to=${today()}`);
  await page.fill("input[name=token]", "dev-admin-token");
  await page.click("button[type=submit]");
  await page.waitForSelector("#kpis");
  const kpi = (key: string) => page.locator(`[data-kpi=${key}] b`);
  const count = (n: number) => new Intl.NumberFormat("en-GB").format(n);
  const money = (m: { amount: number; currency: string }) => new Intl.NumberFormat("en-GB", { style: "currency", currency: m.currency }).format(m.amount / 100);
  await expect(kpi("conversations")).toHaveText(count(after.conversations));
  await expect(kpi("recoveredCarts")).toHaveText(count(after.recoveredCarts));
  await expect(kpi("cartsWithIntervention")).toHaveText(count(after.cartsWithIntervention));
  await expect(kpi("recoveredRevenue")).toHaveText(money(after.recoveredRevenue));
  for (const chart of ["#timeseries svg", "#funnel svg", "#objections svg"]) await expect(page.locator(chart)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/dashboard-e2e.png", fullPage: true });
});
