import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { z } from "zod";
import { ask, createCart, EDGE_URL, env, getSite, putSite, sessionView, STORE_URL, useCart, widget, widgetSession } from "./fixtures/widget-support.ts";

/** Human handover end to end: notices to the merchant, the inbox reply live in the shopper's open panel, silence while held. */
test.describe.configure({ mode: "serial" });

const TEE_M = "organic-cotton-tee--m-white";
const teamEmail = "team@northwind.example";
let restore: () => Promise<void>;
test.beforeAll(async () => {
  const original = await getSite("demo");
  const escalation = z.looseObject({}).parse(original.escalation);
  const triggers = z.looseObject({}).parse(original.triggers);
  await putSite("demo", {
    ...original,
    triggers: { ...triggers, exitIntent: false, idleSeconds: 3600 },
    escalation: { ...escalation, handoff: { email: teamEmail, webhookUrl: `${env("WEBHOOK_RECEIVER_URL")}/handoff` } },
  });
  restore = () => putSite("demo", original);
});
test.afterAll(async () => restore());

const Deliveries = z.object({ deliveries: z.array(z.object({ path: z.string(), body: z.string() })) });
const Mail = z.object({ to: z.array(z.string()), subject: z.string(), text: z.string() });
const Message = z.looseObject({ role: z.string(), metadata: z.looseObject({ author: z.string().optional() }).optional(), parts: z.array(z.looseObject({ text: z.string().optional() })) });

async function handoffPosts(): Promise<string[]> {
  const { deliveries } = Deliveries.parse(await (await fetch(`${env("WEBHOOK_RECEIVER_URL")}/deliveries`)).json());
  return deliveries.filter((d) => d.path === "/handoff").map((d) => d.body);
}

function mails(): z.infer<typeof Mail>[] {
  const log = env("E2E_MAIL_LOG");
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8").split("\n").filter(Boolean).map((line) => Mail.parse(JSON.parse(line)));
}

test("the shopper asks for a person, the merchant is notified and replies in the inbox, the reply appears live in the open panel", async ({ page, browser }) => {
  const cartId = await createCart([{ variantId: TEE_M, quantity: 1 }]);
  await useCart(page.context(), cartId);
  const session = await widgetSession(page, () => page.goto(`${STORE_URL()}/cart`));
  const w = widget(page);
  await w.launcher.click();
  await expect(w.dialog).toBeVisible();

  await ask(page, "Can I talk to a real person please?");
  await expect(w.assistant.last()).toHaveText("I've asked the team at Northwind Goods; someone will reply in this chat. If you close it, the answer waits here for you, or comes by email if you've confirmed your address.");
  const inboxUrl = `${EDGE_URL()}/dashboard/inbox/${session.sessionId}`;
  await expect.poll(async () => (await handoffPosts()).length).toBe(1);
  const [post] = await handoffPosts();
  expect(JSON.parse(post ?? "")).toEqual({ text: expect.stringContaining(inboxUrl) });
  await expect.poll(() => mails().filter((m) => m.to.includes(teamEmail)).length).toBe(1);
  expect(mails().find((m) => m.to.includes(teamEmail))).toMatchObject({ subject: "Northwind Goods: a shopper is waiting for a person", text: expect.stringContaining(inboxUrl) });

  // While the person holds the conversation the assistant writes nothing.
  const heldAt = (await sessionView(session)).messages;
  const chat = page.waitForResponse((r) => r.url() === `${EDGE_URL()}/v1/chat`);
  await w.input.fill("Is anyone there?");
  await w.input.press("Enter");
  await (await chat).finished();
  await expect(page.locator('cart-saver-widget .composer button[type="submit"]')).toBeEnabled();

  const merchant = await browser.newPage();
  await merchant.goto(`${EDGE_URL()}/dashboard`);
  await merchant.locator('input[name="token"]').fill("dev-admin-token");
  await merchant.getByRole("button", { name: "Sign in" }).click();
  await merchant.goto(`${EDGE_URL()}/dashboard/inbox`);
  await merchant.locator(`li[data-session="${session.sessionId}"] a`).click();
  await expect(merchant.getByText("Is anyone there?")).toBeVisible();
  await merchant.locator('input[name="name"]').fill("Sam");
  await merchant.locator('textarea[name="text"]').fill("Hi, Sam here from Northwind. The tee runs true to size.");
  const sentAt = Date.now();
  await merchant.getByRole("button", { name: "Send reply" }).click();
  const human = page.locator('cart-saver-widget .msg[data-by="Sam from Northwind Goods"]');
  await expect(human).toContainText("Hi, Sam here from Northwind. The tee runs true to size.", { timeout: 2000 });
  console.log(`[handover] inbox reply visible in the shopper's panel after ${Date.now() - sentAt} ms (budget 2000 ms)`);
  await expect(human.locator(".by")).toHaveText("Sam from Northwind Goods");
  await expect(merchant.getByRole("status")).toHaveText("Sent: the shopper's panel is open.");

  const all = z.array(Message).parse((await sessionView(session)).messages);
  const since = all.slice(z.array(z.unknown()).parse(heldAt).length);
  expect(since.map((m) => m.role)).toEqual(["user", "assistant"]);
  expect(since.filter((m) => m.role === "assistant").every((m) => m.metadata?.author === "human")).toBe(true);
  await merchant.close();
});
