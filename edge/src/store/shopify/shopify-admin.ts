import { createAdminApiClient } from "@shopify/admin-api-client";
import { z } from "zod";
import type { Offer } from "../../config/site-config.ts";
import { fromMinor } from "../decimal-money.ts";
import { fail, ok, type Result } from "../result.ts";
import { singleUseCode, singleUseLifetimeMs } from "../single-use-code.ts";
import type { SingleUseCode } from "../store-adapter.ts";
import type { CustomerHistory } from "../store-schemas.ts";
import { adminOperations } from "./admin-operations.ts";
import { graphqlRequest, type originFetch } from "./shopify-graphql.ts";

const UserErrors = z.array(z.object({ field: z.array(z.string()).nullish(), code: z.string().nullish(), message: z.string() }));
const CreatePayload = z.object({ codeDiscountNode: z.object({ id: z.string() }).nullable(), userErrors: UserErrors });
const ShopMoney = z.object({ shopMoney: z.object({ amount: z.string(), currencyCode: z.string() }) });
const AdminOrder = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  displayFinancialStatus: z.string().nullish(),
  totalPriceSet: ShopMoney,
  lineItems: z.object({ nodes: z.array(z.object({ title: z.string(), variantTitle: z.string().nullish(), quantity: z.number().int(), product: z.object({ id: z.string() }).nullable() })) }),
});
const CustomersResult = z.object({
  customers: z.object({ nodes: z.array(z.object({ id: z.string(), email: z.string().nullish(), orders: z.object({ nodes: z.array(AdminOrder) }) })) }),
});

export interface ShopifyAdminOptions {
  shop: string;
  apiVersion: string;
  token: string;
  customFetchApi: ReturnType<typeof originFetch>;
}

/** The Admin API part of the Shopify adapter: single-use discount codes and a verified customer's orders. */
export function createShopifyAdmin(options: ShopifyAdminOptions) {
  const client = createAdminApiClient({
    storeDomain: options.shop,
    apiVersion: options.apiVersion,
    accessToken: options.token,
    customFetchApi: options.customFetchApi,
    logger: () => {},
  });
  const admin = graphqlRequest(client, "Admin API");

  async function createSingleUseCode(offer: Offer, currency: string): Promise<Result<SingleUseCode>> {
    if (offer.collections.length > 0) return fail("unsupported", "Single-use codes for collection-limited offers are not created; the static code applies.");
    const code = singleUseCode(offer.code);
    const now = Date.now();
    const expiresAt = new Date(now + singleUseLifetimeMs).toISOString();
    const common = {
      title: `Cart Saver ${offer.id} ${code}`,
      code,
      startsAt: new Date(now).toISOString(),
      endsAt: expiresAt,
      usageLimit: 1,
      appliesOncePerCustomer: true,
      context: { all: "ALL" },
      ...(offer.minSubtotal > 0 ? { minimumRequirement: { subtotal: { greaterThanOrEqualToSubtotal: fromMinor(offer.minSubtotal, currency) } } } : {}),
    };
    const field = offer.kind === "free_shipping" ? "discountCodeFreeShippingCreate" : "discountCodeBasicCreate";
    const variables =
      offer.kind === "free_shipping"
        ? { freeShippingCodeDiscount: { ...common, destination: { all: true } } }
        : {
            basicCodeDiscount: {
              ...common,
              customerGets: {
                items: { all: true },
                value:
                  offer.kind === "percent"
                    ? { percentage: offer.value / 100 }
                    : { discountAmount: { amount: fromMinor(offer.value, currency), appliesOnEachItem: false } },
              },
            },
          };
    const result = await admin(adminOperations[field], variables, z.object({ [field]: CreatePayload }));
    if (!result.ok) return result;
    const payload = CreatePayload.parse(result.value[field]);
    const error = payload.userErrors[0];
    if (error || payload.codeDiscountNode === null) return fail("store_rejected", error?.message ?? "Shopify created no discount.", { status: 422 });
    return ok({ code, expiresAt });
  }

  async function customerHistory(email: string): Promise<Result<CustomerHistory>> {
    const query = `email:"${email.replace(/["\\]/g, "")}"`;
    const result = await admin(adminOperations.customerOrders, { query }, CustomersResult);
    if (!result.ok) return result;
    const customer = result.value.customers.nodes[0];
    if (!customer) return ok({ customer: null, orders: [] });
    const orders = customer.orders.nodes.map((order) => {
      const currency = order.totalPriceSet.shopMoney.currencyCode;
      const [whole = "0", fraction = ""] = order.totalPriceSet.shopMoney.amount.split(".");
      const digits = fromMinor(0, currency).split(".")[1]?.length ?? 0;
      const amount = Number(`${whole}${fraction.padEnd(digits, "0").slice(0, digits)}`);
      return {
        id: order.id,
        name: order.name,
        total: { amount, currency },
        placedAt: order.createdAt,
        ...(order.displayFinancialStatus ? { status: order.displayFinancialStatus.toLowerCase() } : {}),
        lines: order.lineItems.nodes.map((line) => ({
          productId: line.product?.id ?? "",
          title: line.title,
          variantTitle: line.variantTitle ?? "",
          quantity: line.quantity,
        })),
      };
    });
    return ok({ customer: { email: customer.email ?? email }, orders });
  }

  return { createSingleUseCode, customerHistory };
}
