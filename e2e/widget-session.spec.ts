import { expect, test } from "@playwright/test";
import { ask, configureDemo, createCart, sessionView, STORE_URL, useCart, widget, widgetSession } from "./fixtures/widget-support.ts";

/** What outlives the page: consent-gated storage, restore after reload, the close signal. */
test.describe.configure({ mode: "serial" });

const TEE_M = "organic-cotton-tee--m-white";
let restore: () => Promise<void>;
test.beforeAll(async () => {
  restore = await configureDemo({ triggers: { exitIntent: false, idleSeconds: 3600 } });
});
test.afterAll(async () => restore());

const widgetStorage = () => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith("cartsaver:"));

test("nothing is stored before consent; a reload restores the conversation", async ({ page, context }) => {
  await useCart(context, await createCart([{ variantId: TEE_M, quantity: 1 }]));
  await widgetSession(page, () => page.goto(`${STORE_URL()}/cart`));
  const w = widget(page);
  await w.launcher.click();
  await ask(page, "Can I return it for free?");
  const reply = (await w.assistant.last().textContent()) ?? "";
  expect(reply.length).toBeGreaterThan(10);
  // The demo site requires consent: nothing in storage, no cookie of ours.
  expect(await page.evaluate(widgetStorage)).toEqual([]);
  expect((await context.cookies()).map((c) => c.name)).toEqual(["cart_id"]);

  await page.evaluate(() => {
    const api: unknown = Reflect.get(window, "CartSaver");
    if (typeof api === "function") api("consent", { storage: true });
  });
  expect(await page.evaluate(widgetStorage)).not.toEqual([]);
  await page.reload();
  await expect(w.dialog).toBeVisible();
  await expect(w.assistant.last()).toHaveText(reply);
  await expect(page.locator('cart-saver-widget .msg[data-role="user"]')).toHaveText(["Can I return it for free?"]);
});

test("closing the tab leaves a page_close signal on the session", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await useCart(context, await createCart([{ variantId: TEE_M, quantity: 1 }]));
  const session = await widgetSession(page, () => page.goto(`${STORE_URL()}/checkout`));
  await expect(widget(page).launcher).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(async () => (await sessionView(session)).signals).toMatchObject({ last: "page_close" });
  await context.close();
});
