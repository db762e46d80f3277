import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { freePort, startEdge, startStore } from "./lib/processes.ts";

/**
 * Page impact of the widget (not a test): loads the demo checkout in Chromium with 4x CPU
 * throttling, with and without widget.js, and prints the long tasks and total blocking time the
 * widget adds. Run `npx vite build` first, then `npx tsx scripts/bench-widget.ts [runs]`.
 * The page's own long tasks vary a lot on a busy machine, so the widget's own share is also read
 * from Long Animation Frame script attribution: the longest stretch of the widget's scripts (from
 * the edge's origin) and how many of them took 50 ms or more.
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
  /** Durations of the widget's own script runs seen in long animation frames (>= 5 ms each). */
  widgetScripts: number[];
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
  await page.addInitScript((edge: string) => {
    const tasks: number[] = [];
    const scripts: number[] = [];
    const labels: string[] = [];
    Reflect.set(window, "__longTasks", tasks);
    Reflect.set(window, "__widgetScripts", scripts);
    Reflect.set(window, "__widgetScriptLabels", labels);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        const attributed: unknown = Reflect.get(frame, "scripts");
        for (const script of Array.isArray(attributed) ? attributed : []) {
          const url: unknown = Reflect.get(script, "sourceURL");
          const duration: unknown = Reflect.get(script, "duration");
          if (typeof url !== "string" || !url.startsWith(edge) || typeof duration !== "number") continue;
          scripts.push(duration);
          labels.push(`${Math.round(duration)}ms (forced style and layout ${Math.round(Number(Reflect.get(script, "forcedStyleAndLayoutDuration")))} ms) ${String(Reflect.get(script, "invokerType"))} ${String(Reflect.get(script, "invoker"))} ${String(Reflect.get(script, "sourceFunctionName"))}`);
        }
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  }, edgeUrl);
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
  const read = (name: string) =>
    page.evaluate((n) => {
      const list: unknown = Reflect.get(window, n);
      return Array.isArray(list) ? list.filter((t): t is number => typeof t === "number") : [];
    }, name);
  const longTasks = await read("__longTasks");
  const widgetScripts = await read("__widgetScripts");
  if (process.env.BENCH_VERBOSE) console.log(mode, await page.evaluate(() => Reflect.get(window, "__widgetScriptLabels")));
  await context.close();
  return { longTasks, tbt: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0), widgetBytes, widgetScripts };
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
    if (process.env.BENCH_VERBOSE) console.log(name, samples.map((s) => s.longTasks.map(Math.round)), "widget scripts", samples.map((s) => s.widgetScripts.map(Math.round)));
    const longest = samples.map((s) => Math.max(0, ...s.widgetScripts));
    const widgetLong = samples.map((s) => s.widgetScripts.filter((d) => d >= 50).length);
    console.log(
      `${name.padEnd(11)} widget: long tasks ${JSON.stringify(counts)} (median ${median(counts)}), ` +
        `total blocking time ${JSON.stringify(tbts.map(Math.round))} ms (median ${Math.round(median(tbts))} ms)` +
        (name === "without" ? "" : `; widget scripts: longest ${JSON.stringify(longest.map(Math.round))} ms (median ${Math.round(median(longest))}), >= 50 ms ${JSON.stringify(widgetLong)} (median ${median(widgetLong)})`) +
        (name === "with" ? `, widget JS ${samples[0]?.widgetBytes ?? 0} bytes` : ""),
    );
  }
  const added = median((result.with ?? []).map((s) => s.tbt)) - median((result.without ?? []).map((s) => s.tbt));
  const addedTasks = median((result.with ?? []).map((s) => s.longTasks.length)) - median((result.without ?? []).map((s) => s.longTasks.length));
  console.log(`added by the widget (4x CPU throttling, ${runs} runs, medians): total blocking time ${Math.round(added)} ms, long tasks ${addedTasks}`);
} finally {
  await browser.close();
  await edge.stop();
  await store.stop();
}
