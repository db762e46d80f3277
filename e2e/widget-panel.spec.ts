import { expect, test, type Page } from "@playwright/test";
import { ask, configureDemo, createCart, STORE_URL, storeCart, useCart, widget, widgetSession } from "./fixtures/widget-support.ts";
import { openPanelAxe, panelContrastFailures } from "./fixtures/panel-checks.ts";

/** The panel a shopper sees on the demo store: in view, across a reload, beside the page's checkout button. */
test.describe.configure({ mode: "serial" });

const TEE_M = "organic-cotton-tee--m-white";
let restore: () => Promise<void>;
test.beforeAll(async () => {
  restore = await configureDemo({ triggers: { exitIntent: false, idleSeconds: 3600 } });
});
test.afterAll(async () => restore());

/** The newest assistant reply is inside the log's visible area, and the log is scrolled to its end. */
async function newestReplyInView(page: Page): Promise<void> {
  const log = page.locator('cart-saver-widget [role="log"]');
  const last = widget(page).assistant.last();
  await expect
    .poll(async () => {
      const [l, m] = [await log.boundingBox(), await last.boundingBox()];
      return !!l && !!m && m.y + m.height > l.y && m.y < l.y + l.height && m.y + m.height <= l.y + l.height + 1;
    })
    .toBe(true);
  expect(await log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(2);
}

test("Done when: three questions stay in view, a swap reloads into the open panel with the confirmation, checkout stays clickable, axe is clean", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const cartId = await createCart([{ variantId: TEE_M, quantity: 1 }]);
  await useCart(page.context(), cartId);
  await widgetSession(page, () => page.goto(`${STORE_URL()}/cart`));
  const w = widget(page);
  await w.launcher.click();
  await expect(w.dialog).toBeVisible();

  for (const q of ["What does shipping to Germany cost?", "Can I return it for free?", "Please send me a checkout link"]) {
    await ask(page, q);
    await newestReplyInView(page);
  }
  // Its log scrolls: three answers are more than the panel shows at once.
  expect(await page.locator('cart-saver-widget [role="log"]').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

  // The open panel leaves the page's checkout button clickable (hit-tested, not only not overlapping).
  const checkout = page.getByTestId("checkout");
  await checkout.click({ trial: true, timeout: 3000 });
  const [button, panel] = [await checkout.boundingBox(), await w.dialog.boundingBox()];
  if (!button || !panel) throw new Error("no boxes");
  expect(panel.y >= button.y + button.height || panel.x >= button.x + button.width || panel.x + panel.width <= button.x).toBe(true);

  expect(await openPanelAxe(page)).toEqual([]);
  // The "Continue to checkout" button on the brand colour included (it was 1.4:1).
  await expect(w.view("checkout-link")).toBeVisible();
  expect(await panelContrastFailures(page)).toEqual([]);

  const reload = page.waitForEvent("load");
  await w.input.fill("can I swap it for XL?");
  await w.input.press("Enter");
  await reload; // cart_updated: the demo store reloads the page
  await expect(page.getByTestId("line-variant")).toHaveText("XL/White");
  expect((await storeCart(cartId)).lines.map((l) => l.variantId)).toEqual(["organic-cotton-tee--xl-white"]);
  // Reopened where it was (the demo site requires storage consent: nothing in storage), with the whole conversation.
  await expect(w.dialog).toBeVisible();
  await expect(page.locator('cart-saver-widget .msg[data-role="user"]')).toHaveCount(4);
  await expect(page.locator('cart-saver-widget .msg[data-role="user"]').last()).toHaveText("can I swap it for XL?");
  await expect(w.view("cart-line")).toContainText("XL/White");
  await expect(w.view("cart-line")).toBeInViewport();
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("cartsaver:")))).toEqual([]);
  await checkout.click({ trial: true, timeout: 3000 });

  // Minimised, a reload keeps it minimised.
  await page.locator('cart-saver-widget header button[aria-label="Minimise chat"]').click();
  await expect(w.dialog).toBeHidden();
  await page.reload();
  await expect(w.launcher).toBeVisible();
  await expect(w.dialog).toBeHidden();
});

test("the open panel leaves each checkout step's continue button clickable at 1280×800", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await useCart(page.context(), await createCart([{ variantId: TEE_M, quantity: 1 }]));
  await widgetSession(page, () => page.goto(`${STORE_URL()}/checkout`));
  await widget(page).launcher.click();
  await expect(widget(page).dialog).toBeVisible();
  await page.getByTestId("continue").click({ trial: true, timeout: 3000 });
});

test("scrolled up, a new reply shows a 'new message' pill instead of moving the log; the pill scrolls down", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await useCart(page.context(), await createCart([{ variantId: TEE_M, quantity: 1 }]));
  await widgetSession(page, () => page.goto(`${STORE_URL()}/cart`));
  const w = widget(page);
  await w.launcher.click();
  await ask(page, "What does shipping to Germany cost?");
  await ask(page, "Can I return it for free?");
  const log = page.locator('cart-saver-widget [role="log"]');
  // Hold the next reply until the shopper has scrolled up.
  let release: () => void = () => {};
  const scrolled = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/v1/chat", async (route) => {
    await scrolled;
    await route.continue();
  });
  await w.input.fill("Which payment options do you have?");
  await w.input.press("Enter");
  await log.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect.poll(() => log.evaluate((el) => el.scrollTop)).toBe(0);
  release();
  const pill = page.locator("cart-saver-widget button.pill");
  await expect(pill).toHaveText("New message ↓");
  expect(await log.evaluate((el) => el.scrollTop)).toBe(0);
  await pill.click();
  await expect(pill).toBeHidden();
  await newestReplyInView(page);
});
