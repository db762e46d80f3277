import { expect, test, type Page } from "@playwright/test";
import { hostilePage, type HostPages, startHostPages, strictCsp, strictPage } from "./fixtures/host-pages.ts";
import { ask, createCart, EDGE_URL, putTestSite, STORE_URL, watchProblems, widget } from "./fixtures/widget-support.ts";

/** The widget on pages it does not control: hostile CSS and a strict CSP (each from its own origin). */
test.describe.configure({ mode: "serial" });

const SITE = "widget-isolation";
let host: HostPages;

test.beforeAll(async () => {
  // One cart per page: the same cart resumes the same session (and its conversation).
  const [hostileCart, strictCart] = [
    await createCart([{ variantId: "organic-cotton-tee--m-white", quantity: 1 }]),
    await createCart([{ variantId: "organic-cotton-tee--m-white", quantity: 1 }]),
  ];
  const nonce = "cs-e2e-nonce";
  host = await startHostPages({
    "/hostile": { html: hostilePage(EDGE_URL(), SITE, hostileCart) },
    "/strict": { html: strictPage(EDGE_URL(), SITE, strictCart, nonce), csp: strictCsp(EDGE_URL(), STORE_URL(), nonce) },
  });
  await putTestSite(SITE, host.url);
});
test.afterAll(async () => host.close());

async function chatWorks(page: Page) {
  const w = widget(page);
  await w.launcher.click(); // fails if anything on the page intercepts the click
  await expect(w.dialog).toBeVisible();
  await ask(page, "What does shipping cost to Germany?");
  await expect(w.view("shipping")).toBeVisible();
}

test("correct on a hostile host page: global resets, !important, huge z-indexes", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${host.url}/hostile`);
  await expect(page.locator("cart-saver-widget")).toHaveCount(1); // included twice: the second is a no-op
  const w = widget(page);
  await expect(w.launcher).toBeVisible();
  await chatWorks(page);
  const box = await w.dialog.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x + box.width <= viewport.width && box.y >= 0 && box.width <= 400).toBeTruthy();
  const styles = await w.dialog.evaluate((el) => {
    const message = el.querySelector(".msg");
    const input = el.querySelector("textarea");
    const header = el.querySelector("header");
    return {
      messageFont: message ? getComputedStyle(message).fontSize : "",
      messageTransform: message ? getComputedStyle(message).textTransform : "",
      inputFont: input ? getComputedStyle(input).fontSize : "",
      header: header ? getComputedStyle(header).backgroundColor : "",
    };
  });
  expect(styles).toEqual({ messageFont: "15px", messageTransform: "none", inputFont: "16px", header: "rgb(47, 111, 94)" });
  expect(problems).toEqual([]);
});

test("correct under a strict Content-Security-Policy (no eval, nonce scripts, no page styles)", async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(`${host.url}/strict`);
  const w = widget(page);
  await expect(w.launcher).toBeVisible();
  expect(await w.launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(47, 111, 94)");
  await chatWorks(page);
  // <html lang="de"> and a site language of "auto": German UI strings.
  await expect(w.input).toHaveAttribute("placeholder", "Ihre Frage…");
  expect(await page.evaluate(() => Reflect.get(window, "violations"))).toEqual([]);
  expect(problems).toEqual([]);
});
