import { expect, test } from "@playwright/test";
import { type HostPages, plainPage, startHostPages } from "./fixtures/host-pages.ts";
import { createCart, EDGE_URL, putTestSite, widget } from "./fixtures/widget-support.ts";

/** Keyboard, dialog semantics, small screens and right-to-left pages. */
test.describe.configure({ mode: "serial" });

const SITE = "widget-a11y";
let host: HostPages;

test.beforeAll(async () => {
  const cartId = await createCart([{ variantId: "organic-cotton-tee--m-white", quantity: 1 }]);
  host = await startHostPages({
    "/en": { html: plainPage(EDGE_URL(), SITE, cartId) },
    "/rtl": { html: plainPage(EDGE_URL(), SITE, cartId, "ar", "rtl") },
  });
  await putTestSite(SITE, host.url);
});
test.afterAll(async () => host.close());

test("fully keyboard-operable: open, Escape closes, focus returns to the launcher", async ({ page }) => {
  await page.goto(`${host.url}/en`);
  const w = widget(page);
  await expect(w.launcher).toBeVisible();
  await w.launcher.focus();
  await page.keyboard.press("Enter");
  await expect(w.dialog).toBeVisible();
  await expect(w.dialog).toHaveAttribute("role", "dialog");
  await expect(w.dialog).not.toHaveAttribute("aria-modal", "true"); // a floating panel on desktop
  await expect(w.input).toBeFocused();
  await expect(page.locator("cart-saver-widget [aria-live=polite]")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(w.dialog).toBeHidden();
  await expect(w.launcher).toBeFocused();
  await expect(w.launcher).toHaveAttribute("aria-expanded", "false");
});

test("full-screen modal dialog on a small screen, with Tab kept inside and 16px inputs", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(`${host.url}/en`);
  const w = widget(page);
  await w.launcher.click();
  await expect(w.dialog).toHaveAttribute("aria-modal", "true");
  expect(await w.dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 700 });
  expect(await w.input.evaluate((el) => getComputedStyle(el).fontSize)).toBe("16px");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("CART-SAVER-WIDGET");
  }
});

test("right-to-left pages mirror the layout", async ({ page }) => {
  await page.goto(`${host.url}/rtl`);
  const w = widget(page);
  const box = await w.launcher.boundingBox();
  expect(box && box.x < 100).toBeTruthy(); // inline-end is the left in RTL
  await w.launcher.click();
  await expect(page.locator("cart-saver-widget .root")).toHaveAttribute("dir", "rtl");
  const panel = await w.dialog.boundingBox();
  expect(panel && panel.x < 100).toBeTruthy();
});
