import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devVarDefaults } from "../../../scripts/lib/dev-vars.ts";
import { type Platform, platforms } from "../../../scripts/lib/platform-sites.ts";
import { type PlatformStore, startPlatformStore } from "../../../scripts/lib/platform-stores.ts";
import { freePort, root } from "../../../scripts/lib/processes.ts";
import { startEdgeFixture, type EdgeFixture } from "./edge-fixture.ts";

/**
 * `npm run chat` against each platform's site on a real `wrangler dev` with the built-in model:
 * the answers carry that platform's figures (its rates, its stock, its codes), not the demo's.
 * One Vendure boot serves the file.
 */
let fx: EdgeFixture;
const stores = new Map<Platform, PlatformStore>();
beforeAll(async () => {
  fx = await startEdgeFixture();
  for (const platform of platforms) stores.set(platform, await startPlatformStore(platform, await freePort()));
}, 240_000);
afterAll(async () => {
  await Promise.all([...stores.values()].map((s) => s.stop()));
  await fx?.stop();
});

const questions = ["how much is shipping to Germany?", "can I return it?", "is size 42 in stock?", "do you have a discount?", "it's still too expensive, can I get a discount code?"];

/** The assistant's replies to `questions`, in order, as `npm run chat` prints them. */
async function chat(site: "demo" | Platform): Promise<string[]> {
  const storeUrl = site === "demo" ? [] : ["--store-url", stores.get(site)?.url ?? ""];
  const env = { ...process.env, EDGE_URL: fx.edge.url, STORE_URL: fx.storeUrl, ADMIN_TOKEN: devVarDefaults.ADMIN_TOKEN ?? "", STORE_TOKEN_SHOPIFY: devVarDefaults.STORE_TOKEN_SHOPIFY ?? "" };
  const { stdout } = await promisify(execFile)(`${root}node_modules/.bin/tsx`, ["scripts/chat.ts", "--site", site, ...storeUrl, ...questions], { cwd: root, env, timeout: 60_000 });
  const turns = stdout.split("\nshopper: ").slice(1);
  expect(turns.map((t) => t.split("\n")[0])).toEqual(questions);
  return turns.map((t) => t.split("\n").filter((line) => line.startsWith("assistant: ")).join(" "));
}

describe("npm run chat on each platform's site", () => {
  it("demo: the demo store's rates, stock and SAVE10", async () => {
    const [shipping, returns, stock, , discount] = await chat("demo");
    expect(shipping).toContain("Express (DHL Express) €12.90");
    expect(returns).toContain("30 days");
    expect(stock).toContain("only 2 left");
    expect(discount).toContain("your new total is €125.10");
  }, 90_000);

  it("shopify: the emulator's delivery options, quantityAvailable and a single-use code from the Admin API", async () => {
    const [shipping, returns, stock, , discount] = await chat("shopify");
    expect(shipping).toContain("Standard (2-4 business days) €4.95");
    expect(shipping).toContain("Express (1-2 business days) €9.95");
    // The merchant declares free shipping over €60, but Shopify's rates charge it: the rates win.
    expect(shipping).not.toContain("qualifies for free");
    expect(returns).toContain("30 days");
    expect(stock).toContain("only 2 left");
    expect(discount).toMatch(/applied SAVE10-[A-Z0-9]{8}, that's €13\.90 off, so your new total is €125\.10/);
  }, 90_000);

  it("woocommerce: the Store API's rates, REST v3 stock, the merchant's 14 days and a single-use coupon", async () => {
    const [shipping, returns, stock, , discount] = await chat("woocommerce");
    expect(shipping).toContain("Standard €4.95 (2–4 days) or Express €9.95 (1–2 days)");
    expect(returns).toContain("14 days");
    expect(stock).toContain("only 2 left");
    expect(discount).toMatch(/applied save10-[a-z0-9]{8}, that's €13\.90 off, so your new total is €125\.10/);
  }, 90_000);

  it("vendure: eligible shipping methods in the channel's currency, a stock level (no count) and the SAVE10 promotion", async () => {
    const [shipping, returns, stock, , discount] = await chat("vendure");
    expect(shipping).toContain("Standard (2-4 business days) US$4.95");
    expect(shipping).toContain("Express (1-2 business days) US$9.95");
    expect(returns).toContain("30 days");
    expect(stock).toContain("in stock, but running low");
    expect(stock).not.toMatch(/\d+ left/);
    expect(discount).toContain("applied 10% off from 50, that's US$13.90 off, so your new total is US$125.10");
  }, 90_000);
});
