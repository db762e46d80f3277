import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser } from "@playwright/test";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, root } from "../../../scripts/lib/processes.ts";
import { startD1 } from "../analytics/miniflare-d1.ts";
import { seedFixture } from "../analytics/summary-fixture.ts";
import { adminToken } from "../analytics/webhook-helpers.ts";
import { dashboardApp } from "./dashboard-app.ts";

/** The dashboard in a real Chromium at phone size: sign in, charts visible, nothing overflows. */

let d1: Awaited<ReturnType<typeof startD1>>;
let server: ServerType;
let browser: Browser;
let url: string;

beforeAll(async () => {
  d1 = await startD1();
  await seedFixture(d1.db);
  const { app, env } = dashboardApp(d1.db);
  const port = await freePort();
  server = serve({ fetch: (req) => app.fetch(req, env), port, hostname: "127.0.0.1" });
  await once(server, "listening");
  url = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  await d1?.dispose();
});

describe("dashboard in a browser", () => {
  it("signs in and renders readable charts on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`${url}/dashboard?siteId=shop&from=2026-11-02&to=2026-11-03`);
    await page.fill("input[name=token]", adminToken);
    await page.click("button[type=submit]");
    await page.waitForSelector("#kpis");
    // Sign-in returns to the filter it started from.
    expect(await page.textContent("[data-kpi=recoveredRevenue] b")).toBe("€130.00");
    // The filter form: another site, then back.
    await page.selectOption("select[name=siteId]", "other");
    await Promise.all([page.waitForURL(/siteId=other/), page.click("header form[method=get] button")]);
    expect(await page.textContent("[data-kpi=recoveredRevenue] b")).toBe("€99.99");
    await page.selectOption("select[name=siteId]", "shop");
    await Promise.all([page.waitForURL(/siteId=shop/), page.click("header form[method=get] button")]);
    expect(await page.textContent("[data-kpi=recoveredRevenue] b")).toBe("€130.00");

    for (const chart of ["#timeseries svg", "#funnel svg", "#objections svg"]) {
      const box = await page.locator(chart).boundingBox();
      expect(box?.width, chart).toBeGreaterThan(300);
      expect(box?.height, chart).toBeGreaterThan(60);
    }
    const labelSize = await page.locator("#funnel .bar-label").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(labelSize).toBeGreaterThanOrEqual(12);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.click("details[data-session=A1] summary");
    await expect.poll(() => page.locator("details[data-session=A1] .msg.user").first().isVisible()).toBe(true);
    await page.screenshot({ path: `${root}test-results/dashboard/phone.png`, fullPage: true });
    await page.close();
  });
});
