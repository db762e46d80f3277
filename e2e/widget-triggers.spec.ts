import { expect, test } from "@playwright/test";
import { completeCheckout, configureDemo, createCart, EDGE_URL, leaveThroughTop, STORE_URL, useCart, widget, widgetSession } from "./fixtures/widget-support.ts";

/** When the widget opens by itself, and when it must not. Built-in model, real store and edge. */
test.describe.configure({ mode: "serial" });

const TEE = "organic-cotton-tee--m-white";

test.describe("exit intent", () => {
  let restore: () => Promise<void>;
  test.beforeAll(async () => {
    restore = await configureDemo({ triggers: { exitIntent: true, minSecondsOnPage: 1, idleSeconds: 3600 } });
  });
  test.afterAll(async () => restore());

  test("exit intent on checkout opens the panel with an opener naming the cart's product", async ({ page, context }) => {
    await useCart(context, await createCart([{ variantId: TEE, quantity: 1 }]));
    const openers: string[] = [];
    page.on("request", (r) => {
      if (r.url() === `${EDGE_URL()}/v1/chat`) openers.push(r.postData() ?? "");
    });
    const session = await widgetSession(page, () => page.goto(`${STORE_URL()}/checkout`));
    expect(session.group).toBe("agent");
    const w = widget(page);
    await expect(w.launcher).toBeVisible();
    await expect(w.dialog).toBeHidden();
    await page.waitForFunction(() => performance.now() > 1200); // past minSecondsOnPage
    await leaveThroughTop(page);
    await expect(w.dialog).toBeVisible();
    await expect(w.assistant.first()).toContainText("Organic Cotton Tee");
    expect(JSON.parse(openers[0] ?? "{}")).toMatchObject({ opener: { trigger: "exit_intent", page: "/checkout/contact" } });
    await expect(w.dialog).toHaveAttribute("aria-labelledby", "cs-title");
  });

  test("leaving sideways or downwards is not exit intent; leaving through the top is", async ({ page, context }) => {
    await useCart(context, await createCart([{ variantId: TEE, quantity: 1 }]));
    await widgetSession(page, () => page.goto(`${STORE_URL()}/`));
    const w = widget(page);
    await expect(w.launcher).toBeVisible();
    await page.waitForFunction(() => performance.now() > 1200); // past minSecondsOnPage
    await page.mouse.move(600, 300);
    await page.mouse.move(1400, 320, { steps: 4 });
    await page.mouse.move(600, 700, { steps: 4 });
    await page.mouse.move(600, 2000, { steps: 2 });
    // Then a real exit: the first exit_intent signal must be this one (left at the top edge).
    const signal = page.waitForRequest((r) => r.url() === `${EDGE_URL()}/v1/signals` && (r.postData() ?? "").includes('"exit_intent"'));
    await leaveThroughTop(page);
    const data = JSON.parse((await signal).postData() ?? "{}").data;
    expect(data).toMatchObject({ via: "pointer" });
    expect(data.y).toBeLessThanOrEqual(8);
    await expect(w.dialog).toBeVisible();
  });

});

test.describe("idle", () => {
  let restore: () => Promise<void>;
  test.beforeAll(async () => {
    restore = await configureDemo({ triggers: { exitIntent: false, idleSeconds: 4, pages: ["/cart", "/checkout"] } });
  });
  test.afterAll(async () => restore());

  test("idle on checkout opens the panel after the site's idle time", async ({ page, context }) => {
    await useCart(context, await createCart([{ variantId: TEE, quantity: 1 }]));
    const opened = page.waitForRequest((r) => r.url() === `${EDGE_URL()}/v1/chat` && (r.postData() ?? "").includes('"trigger":"idle"'));
    const start = Date.now();
    await widgetSession(page, () => page.goto(`${STORE_URL()}/checkout`));
    await opened;
    expect(Date.now() - start).toBeGreaterThanOrEqual(4000);
    await expect(widget(page).dialog).toBeVisible();
    await expect(widget(page).assistant.first()).toContainText("Organic Cotton Tee");
  });
});

test.describe("holdout", () => {
  let restore: () => Promise<void>;
  test.beforeAll(async () => {
    restore = await configureDemo({ triggers: { minSecondsOnPage: 1, idleSeconds: 3 }, holdoutPercent: 100 });
  });
  test.afterAll(async () => restore());

  test("a holdout session shows nothing but still sends signals", async ({ page, context }) => {
    await useCart(context, await createCart([{ variantId: TEE, quantity: 1 }]));
    const signals: string[] = [];
    page.on("request", (r) => {
      if (r.url() === `${EDGE_URL()}/v1/signals`) signals.push(JSON.parse(r.postData() ?? "{}").type);
    });
    const session = await widgetSession(page, () => page.goto(`${STORE_URL()}/checkout`));
    expect(session.group).toBe("holdout");
    // The widget reports the checkout step once its triggers are wired.
    await expect.poll(() => signals).toContain("checkout_step");
    await page.waitForFunction(() => performance.now() > 1200); // past minSecondsOnPage
    await leaveThroughTop(page);
    await expect.poll(() => signals).toContain("exit_intent");
    await expect.poll(() => signals).toContain("idle");
    await expect(page.locator("cart-saver-widget")).toHaveCount(0);
  });
});

test.describe("a shopper who just buys", () => {
  let restore: () => Promise<void>;
  test.beforeAll(async () => {
    restore = await configureDemo({ triggers: { minSecondsOnPage: 3, idleSeconds: 20 } });
  });
  test.afterAll(async () => restore());

  test("moving normally through checkout never sees a proactive open", async ({ page, context }) => {
    test.setTimeout(90_000);
    await useCart(context, await createCart([{ variantId: TEE, quantity: 2 }]));
    const chats: string[] = [];
    page.on("request", (r) => {
      if (r.url() === `${EDGE_URL()}/v1/chat`) chats.push(r.postData() ?? "");
    });
    const w = widget(page);
    await widgetSession(page, () => page.goto(`${STORE_URL()}/cart`));
    await page.getByTestId("checkout").click();
    await completeCheckout(page, "buyer@example.com");
    await expect(w.dialog).toHaveCount(0);
    expect(chats).toEqual([]);
  });
});
