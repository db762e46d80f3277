import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { freePort, startEdge, startStore } from "./lib/processes.ts";

/**
 * Page impact of the widget (not a test): loads the demo checkout in Chromium with 4x CPU
 * throttling, with and without widget.js, and prints the long tasks and total blocking time the
 * widget adds. Run `npx vite build` first, then `npx tsx scripts/bench-widget.ts [runs]`.
 */
const runs = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), "cart-saver-bench-"));
const [storePort, edgePort] = [await freePort(), await freePort()];
const edgeUrl = `http://127.0.0.1:${edgePort}`;
const store = await startStore({ port: storePort, dataDir: join(dir, "store"), edgeUrl });
const edge = await startEdge({ port: edgePort, storeUrl: store.url, persistDir: join(dir, "edge"), vars: { DEMO_HOLDOUT_PERCENT: "0" } });

interface Sample {
  longTasks: number[];
  tbt: number;
  widgetBytes: number;
}

async function createCart(): Promise<string> {
  const res = await fetch(`${store.url}/api/carts`, {
    method: "POST",
    headers: { authorization: "Bearer dev-store-token", "content-type": "application/json" },
    body: JSON.stringify({ lines: [{ variantId: "organic-cotton-tee--m-white", quantity: 1 }] }),
  });
  const body: unknown = await res.json();
  const id = typeof body === "object" && body !== null && "id" in body ? body.id : null;
  if (typeof id !== "string") throw new Error(`cart: ${res.status}`);
  return id;
}

type Mode = "without" | "with" | "loader only";

async function measure(browser: Browser, mode: Mode): Promise<Sample> {
  const withWidget = mode !== "without";
  const context = await browser.newContext();
  await context.addCookies([{ name: "cart_id", value: await createCart(), url: store.url }]);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    Reflect.set(window, "__longTasks", tasks);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  let widgetBytes = 0;
  await page.route(`${edgeUrl}/**`, async (route) => {
    if (!withWidget || (mode === "loader only" && /\/panel-[^/]+\.js$/.test(route.request().url()))) return route.abort();
    // Requests still in flight when a run closes its context (e.g. the session restore) are dropped.
    const fetched = await route.fetch().then(async (response) => ({ response, body: await response.body() }), () => null);
    if (fetched === null) return;
    if (/\.js$/.test(route.request().url())) widgetBytes += fetched.body.length;
    await route.fulfill(fetched).catch(() => undefined);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(`${store.url}/checkout`, { waitUntil: "load" });
  if (withWidget) await page.locator("cart-saver-widget button").first().waitFor();
  // Let idle work (the panel prefetch) happen, then read what the observer saw.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 1500), { timeout: 5000 })));
  const longTasks = await page.evaluate(() => {
    const tasks: unknown = Reflect.get(window, "__longTasks");
    return Array.isArray(tasks) ? tasks.filter((t): t is number => typeof t === "number") : [];
  });
  await context.close();
  return { longTasks, tbt: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0), widgetBytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  // "loader only" blocks the panel chunk, separating the loader's cost from the idle prefetch's.
  const modes: Mode[] = ["without", "loader only", "with"];
  const result: Record<string, Sample[]> = { without: [], "loader only": [], with: [] };
  for (let i = 0; i < runs; i++) for (const mode of modes) result[mode]?.push(await measure(browser, mode));
  for (const [name, samples] of Object.entries(result)) {
    const counts = samples.map((s) => s.longTasks.length);
    const tbts = samples.map((s) => s.tbt);
    if (process.env.BENCH_VERBOSE) console.log(name, samples.map((s) => s.longTasks.map(Math.round)));
    console.log(
      `${name.padEnd(11)} widget: long tasks ${JSON.stringify(counts)} (median ${median(counts)}), ` +
        `total blocking time ${JSON.stringify(tbts.map(Math.round))} ms (median ${Math.round(median(tbts))} ms)` +
        (name === "with" ? `, widget JS ${samples[0]?.widgetBytes ?? 0} bytes` : ""),
    );
  }
  const added = median((result.with ?? []).map((s) => s.tbt)) - median((result.without ?? []).map((s) => s.tbt));
  console.log(`added by the widget (4x CPU throttling, ${runs} runs): total blocking time ${Math.round(added)} ms`);
} finally {
  await browser.close();
  await edge.stop();
  await store.stop();
}
