import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";
import { ask, completeCheckout, configureDemo, createCart, EDGE_URL, sessionView, STORE_URL, storeCart, useCart, widget, widgetSession } from "./fixtures/widget-support.ts";

/** Conversations through the panel: the built-in model, the real store data and actions. */
test.describe.configure({ mode: "serial" });

const TEE_M = "organic-cotton-tee--m-white";
let restore: () => Promise<void>;
test.beforeAll(async () => {
  // Nothing proactive here: these tests open the panel themselves.
  restore = await configureDemo({ triggers: { exitIntent: false, idleSeconds: 3600 } });
});
test.afterAll(async () => restore());

async function openChat(page: Page, cartId: string, path = "/cart") {
  await useCart(page.context(), cartId);
  const session = await widgetSession(page, () => page.goto(`${STORE_URL()}${path}`));
  const w = widget(page);
  await w.launcher.click();
  await expect(w.dialog).toBeVisible();
  await expect(w.input).toBeFocused();
  return session;
}

const Rates = z.object({ rates: z.array(z.object({ name: z.string(), price: z.object({ amount: z.number() }) })) });
const euro = (minor: number) => new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(minor / 100);

test("a shipping question streams the store's real rate", async ({ page }) => {
  const cartId = await createCart([{ variantId: TEE_M, quantity: 1 }]);
  await openChat(page, cartId);
  const stream = page.waitForResponse((r) => r.url() === `${EDGE_URL()}/v1/chat`);
  await page.locator("cart-saver-widget .quick button").first().click(); // "What does shipping cost?"
  expect((await stream).headers()["content-type"]).toContain("text/event-stream");
  const res = await fetch(`${STORE_URL()}/api/shipping/rates?cartId=${cartId}&country=DE`, { headers: { authorization: "Bearer dev-store-token" } });
  const { rates } = Rates.parse(await res.json());
  const cheapest = rates[0];
  if (!cheapest) throw new Error("the store has no DE rate");
  const view = widget(page).view("shipping");
  await expect(view).toBeVisible();
  await expect(view).toContainText(cheapest.name);
  await expect(view).toContainText(euro(cheapest.price.amount));
  await expect(widget(page).assistant.last()).toContainText(euro(cheapest.price.amount));
});

test("a variant swap in chat changes the store's cart and the page's cart", async ({ page }) => {
  const cartId = await createCart([{ variantId: TEE_M, quantity: 1 }]);
  await openChat(page, cartId);
  await expect(page.getByTestId("line-variant")).toHaveText("M/White");
  const reload = page.waitForEvent("load");
  await widget(page).input.fill("Can I swap it for size L please?");
  await widget(page).input.press("Enter");
  // cart_updated → the store page reloads itself once the reply finished.
  await reload;
  await expect(page.getByTestId("line-variant")).toHaveText("L/White");
  const cart = await storeCart(cartId);
  expect(cart.lines.map((l) => l.variantId)).toEqual(["organic-cotton-tee--l-white"]);
});

test("an offer is applied when the rules allow it", async ({ page }) => {
  const cartId = await createCart([{ variantId: TEE_M, quantity: 2 }]); // €58: FREESHIP needs €30
  const session = await openChat(page, cartId);
  await ask(page, "How much is shipping?");
  await expect(widget(page).view("shipping")).toBeVisible();
  const reload = page.waitForEvent("load");
  await widget(page).input.fill("Shipping is too expensive");
  await widget(page).input.press("Enter");
  await reload; // the applied offer changed the cart
  await expect(page.getByTestId("discount")).toBeVisible();
  expect((await storeCart(cartId)).discounts.map((d) => d.code)).toEqual(["FREESHIP"]);
  const view = await sessionView(session);
  expect(view.offers).toEqual([expect.objectContaining({ granted: true, objection: "shipping_cost" })]);
});

test("an offer is refused when the rules do not allow it", async ({ page }) => {
  const cartId = await createCart([{ variantId: TEE_M, quantity: 1 }]); // €29: below FREESHIP's minimum
  const session = await openChat(page, cartId);
  await ask(page, "How much is shipping?");
  await ask(page, "Shipping is too expensive");
  await expect(widget(page).view("offer")).toHaveCount(0);
  expect((await storeCart(cartId)).discounts).toEqual([]);
  const view = await sessionView(session);
  expect(view.offers).toEqual([expect.objectContaining({ granted: false, objection: "shipping_cost", reason: "min_subtotal_not_met" })]);
});

test("the checkout link leads to a placed order", async ({ page }) => {
  test.setTimeout(90_000);
  const cartId = await createCart([{ variantId: TEE_M, quantity: 1 }]);
  await openChat(page, cartId);
  await ask(page, "Please send me a checkout link");
  const link = widget(page).view("checkout-link");
  await expect(link).toBeVisible();
  const clicked = page.waitForRequest((r) => r.url() === `${EDGE_URL()}/v1/signals` && (r.postData() ?? "").includes("checkout_link_clicked"));
  await link.click();
  await clicked;
  await completeCheckout(page, "linked@example.com");
  expect((await storeCart(cartId)).status).toBe("ordered");
});
