import { expect, test, type Page } from "@playwright/test";
import { createCart, EDGE_URL, getSite, putSite, STORE_URL, useCart, watchProblems, widget } from "./fixtures/widget-support.ts";

/**
 * A merchant sets a site up in the dashboard's forms (no JSON, no script on the page): signs in,
 * creates a site, meets field-level errors for a bad colour and a secret name outside
 * STORE_TOKEN_*, saves valid settings, and the widget on the demo store shows them.
 */
let original: Record<string, unknown>;
test.beforeAll(async () => {
  original = await getSite("demo");
});
test.afterAll(async () => putSite("demo", original));

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const errorFor = (page: Page, name: string) => page.locator(`[data-error-for="${name}"]`);

test("create a site, fix the field errors, change the demo site's brand and see it in the widget", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const problems = watchProblems(page);
  await page.goto(`${EDGE_URL()}/dashboard/sites/new`);
  // Not signed in: the settings send the merchant to the sign-in form first.
  await page.fill("input[name=token]", "dev-admin-token");
  await Promise.all([page.waitForURL(/\/dashboard$/), page.click("button[type=submit]")]);
  await page.getByRole("link", { name: "Site settings" }).click();
  await page.getByRole("link", { name: "Create site" }).click();
  await expect(page.getByRole("heading", { name: "Create a site" })).toBeVisible();

  const siteId = `e2e-${Date.now().toString(36)}`;
  await field(page, "siteId").fill(siteId);
  await field(page, "name").fill("E2E shop");
  await field(page, "allowedOrigins").fill("https://e2e-shop.example");
  await field(page, "store.baseUrl").fill("https://e2e-shop.example/api");
  await field(page, "brand.color").fill("green");
  await field(page, "store.tokenSecret").fill("SESSION_SECRET");
  await page.getByRole("button", { name: "Create site" }).click();

  await expect(errorFor(page, "brand.color")).toHaveText("expected #rrggbb");
  await expect(errorFor(page, "store.tokenSecret")).toContainText("STORE_TOKEN_");
  await expect(field(page, "brand.color")).toHaveAttribute("aria-invalid", "true");
  // What was typed is still there; only the two fields need fixing.
  await expect(field(page, "name")).toHaveValue("E2E shop");
  await expect(page.locator("#problems")).toContainText("2 fields need attention");
  await page.screenshot({ path: "test-results/dashboard-settings-errors.png", fullPage: true });

  await field(page, "brand.color").fill("#1d4ed8");
  await field(page, "store.tokenSecret").fill("STORE_TOKEN_E2E");
  await Promise.all([page.waitForURL(new RegExp(`/dashboard/sites/${siteId}\\?created`)), page.getByRole("button", { name: "Create site" }).click()]);
  await expect(page.locator("#embed h2")).toContainText("Site created");
  await expect(page.locator("#embed [data-platform=html] textarea")).toContainText(`data-site="${siteId}"`);
  await expect(page.locator("#embed [data-platform=shopify] textarea")).toContainText("/cart.js");
  await expect(page.locator("#audit [data-path='store.tokenSecret']")).toContainText("STORE_TOKEN_E2E");

  // The demo site: a new assistant name and greeting, saved through the same forms.
  await page.goto(`${EDGE_URL()}/dashboard/sites/demo`);
  await field(page, "brand.assistantName").fill("Ola");
  await field(page, "brand.greeting").fill("Hej, I'm Ola from the e2e test. Need a hand?");
  // Enter in a text field saves (not "Show this platform's fields", the first visible submit button).
  await Promise.all([page.waitForURL(/\/dashboard\/sites\/demo\?saved/), field(page, "brand.assistantName").press("Enter")]);
  await expect(page.getByRole("status")).toContainText("Settings saved.");
  await expect(page.locator("#audit [data-audit-entry]").first().locator("[data-path='brand.assistantName']")).toContainText("→ Ola");
  expect(problems).toEqual([]);

  // A shopper's fresh browser on the demo store.
  const shopper = await browser.newContext();
  await useCart(shopper, await createCart([{ variantId: "organic-cotton-tee--m-white", quantity: 1 }]));
  const shop = await shopper.newPage();
  await shop.goto(`${STORE_URL()}/cart`);
  const w = widget(shop);
  await w.launcher.click();
  await expect(w.dialog).toBeVisible();
  await expect(shop.locator("cart-saver-widget #cs-title")).toHaveText("Ola");
  await expect(shop.locator("cart-saver-widget .msg.assistant").first()).toContainText("Hej, I'm Ola from the e2e test. Need a hand?");
  await shopper.close();
});
