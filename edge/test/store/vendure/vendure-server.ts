import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DefaultLogger, EventBus, LanguageCode, LogLevel, mergeConfig, OrderPlacedEvent, PaymentMethodHandler } from "@vendure/core";
import { createTestEnvironment, registerInitializer, SqljsInitializer, testConfig } from "@vendure/testing";
import { freePort } from "../../../../scripts/lib/processes.ts";
import { signBase64Hmac } from "../../../src/store/webhook-hmac.ts";
import { seedPromotions } from "./vendure-seed.ts";

const pay = new PaymentMethodHandler({
  code: "test-pay",
  description: [{ languageCode: LanguageCode.en, value: "Test payment" }],
  args: {},
  createPayment: (_ctx, _order, amount) => ({ amount, state: "Settled" as const, transactionId: "test" }),
  settlePayment: () => ({ success: true }),
});

/** What the merchant's webhook plugin sends for OrderPlacedEvent (docs/platforms.md has the plugin). */
export interface VendureDelivery {
  body: string;
  headers: Record<string, string>;
}

/**
 * A real Vendure (`@vendure/core` + `@vendure/testing`, sql.js in memory) with a small catalogue,
 * two shipping methods, DE/FR, a test payment method, the coupon promotions (vendure-seed.ts), and
 * the order webhook wired to OrderPlacedEvent. `adminToken` is the superadmin's session token.
 */
export async function startVendure(webhookSecret: string, options: { port?: number } = {}) {
  // No telemetry from tests (Vendure would also write .vendure/.installation-id into the repo).
  process.env.VENDURE_DISABLE_TELEMETRY = "true";
  const dataDir = mkdtempSync(join(tmpdir(), "cart-saver-vendure-"));
  registerInitializer("sqljs", new SqljsInitializer(dataDir));
  const port = options.port ?? (await freePort());
  const config = mergeConfig(testConfig, {
    apiOptions: { port },
    paymentOptions: { paymentMethodHandlers: [pay] },
    ...(process.env.LOG ? { logger: new DefaultLogger({ level: LogLevel.Info }) } : {}),
  });
  const { server, adminClient } = createTestEnvironment(config);
  await server.init({
    initialData: {
      defaultLanguage: LanguageCode.en,
      defaultZone: "Europe",
      taxRates: [{ name: "Standard Tax", percentage: 0 }],
      shippingMethods: [{ name: "Standard (2-4 business days)", price: 495 }, { name: "Express (1-2 business days)", price: 995 }],
      paymentMethods: [{ name: "test-pay", handler: { code: pay.code, arguments: [] } }],
      countries: [{ name: "Germany", code: "DE", zone: "Europe" }, { name: "France", code: "FR", zone: "Europe" }],
      collections: [],
    },
    productsCsvPath: join(import.meta.dirname, "catalog.csv"),
    customerCount: 1,
  });
  const deliveries: VendureDelivery[] = [];
  // The body of the documented plugin: sign and deliver each placed order with the session token.
  server.app.get(EventBus).ofType(OrderPlacedEvent).subscribe((event) => {
    const order = event.order;
    const body = JSON.stringify({
      id: order.id,
      code: order.code,
      totalWithTax: order.totalWithTax,
      currencyCode: order.currencyCode,
      orderPlacedAt: (order.orderPlacedAt ?? new Date()).toISOString(),
      discounts: order.discounts.filter(() => order.couponCodes.length > 0).map((d) => ({ couponCode: order.couponCodes[0] ?? "", amountWithTax: d.amountWithTax })),
      sessionToken: event.ctx.session?.token ?? null,
    });
    void signBase64Hmac(webhookSecret, body).then((signature) =>
      deliveries.push({ body, headers: { "Content-Type": "application/json", "X-Vendure-Event": "order.placed", "X-Vendure-Signature": signature } }),
    );
  });
  await adminClient.asSuperAdmin();
  const base = `http://localhost:${port}`;
  const shopApiUrl = `${base}/shop-api`;
  const adminApiUrl = `${base}/admin-api`;
  const adminToken = await seedPromotions(adminApiUrl, shopApiUrl);
  return { server, adminClient, base, shopApiUrl, adminApiUrl, adminToken, deliveries, dataDir };
}
export type VendureServer = Awaited<ReturnType<typeof startVendure>>;
