import { Kind, parse } from "graphql";
import { z } from "zod";
import type { EmuShop } from "./shopify-state.ts";

/** The Admin API input shapes the adapter sends, as Shopify documents them (2026-04). */
const Minimum = z.object({ subtotal: z.object({ greaterThanOrEqualToSubtotal: z.string().regex(/^\d+(\.\d+)?$/) }) }).strict();
const Common = {
  title: z.string().min(1),
  code: z.string().min(1),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  usageLimit: z.number().int().positive(),
  appliesOncePerCustomer: z.boolean(),
  context: z.object({ all: z.literal("ALL") }).strict(),
  minimumRequirement: Minimum.optional(),
};
const BasicInput = z
  .object({
    ...Common,
    customerGets: z
      .object({
        items: z.object({ all: z.literal(true) }).strict(),
        value: z.union([
          z.object({ percentage: z.number().gt(0).lte(1) }).strict(),
          z.object({ discountAmount: z.object({ amount: z.string().regex(/^\d+(\.\d+)?$/), appliesOnEachItem: z.boolean() }).strict() }).strict(),
        ]),
      })
      .strict(),
  })
  .strict();
const FreeShippingInput = z.object({ ...Common, destination: z.object({ all: z.literal(true) }).strict() }).strict();

const cents = (text: string) => Math.round(Number(text) * 100);

/** Admin API GraphQL for single-use codes and customer orders, answering as Shopify does. */
export function shopifyAdmin(shop: EmuShop) {
  let seq = 0;
  const created: { code: string; input: unknown }[] = [];

  function createCode(code: string, kind: "percent" | "fixed" | "free_shipping", value: number, minimum: z.infer<typeof Minimum> | undefined, usageLimit: number) {
    if (shop.discounts.some((d) => d.code.toUpperCase() === code.toUpperCase())) {
      return { codeDiscountNode: null, userErrors: [{ field: ["basicCodeDiscount", "code"], code: "TAKEN", message: "Code must be unique." }] };
    }
    const minSubtotal = minimum ? cents(minimum.subtotal.greaterThanOrEqualToSubtotal) : 0;
    shop.discounts.push({ code, kind, value, minSubtotal, active: true, usageLimit, used: 0 });
    return { codeDiscountNode: { id: `gid://shopify/DiscountCodeNode/${++seq}` }, userErrors: [] };
  }

  async function handle(request: Request): Promise<Response> {
    const body = z.object({ query: z.string(), variables: z.record(z.string(), z.unknown()).default({}) }).parse(await request.json());
    const definition = parse(body.query).definitions[0];
    const name = definition?.kind === Kind.OPERATION_DEFINITION ? definition.name?.value : undefined;
    const invalid = (error: z.ZodError) => Response.json({ errors: [{ message: `Variable input invalid: ${error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}` }] });
    if (name === "DiscountCodeBasicCreate") {
      const input = BasicInput.safeParse(body.variables.basicCodeDiscount);
      if (!input.success) return invalid(input.error);
      created.push({ code: input.data.code, input: input.data });
      const value = input.data.customerGets.value;
      const result =
        "percentage" in value
          ? createCode(input.data.code, "percent", Math.round(value.percentage * 100), input.data.minimumRequirement, input.data.usageLimit)
          : createCode(input.data.code, "fixed", cents(value.discountAmount.amount), input.data.minimumRequirement, input.data.usageLimit);
      return Response.json({ data: { discountCodeBasicCreate: result } });
    }
    if (name === "DiscountCodeFreeShippingCreate") {
      const input = FreeShippingInput.safeParse(body.variables.freeShippingCodeDiscount);
      if (!input.success) return invalid(input.error);
      created.push({ code: input.data.code, input: input.data });
      return Response.json({ data: { discountCodeFreeShippingCreate: createCode(input.data.code, "free_shipping", 0, input.data.minimumRequirement, input.data.usageLimit) } });
    }
    if (name === "CustomerOrders") {
      const email = /email:"([^"]+)"/.exec(z.string().parse(body.variables.query))?.[1];
      const customer = shop.customers.find((c) => c.email === email);
      const nodes = customer
        ? [
            {
              id: customer.id,
              email: customer.email,
              orders: {
                nodes: customer.orders.map((o) => ({
                  id: o.id,
                  name: o.name,
                  createdAt: o.createdAt,
                  displayFinancialStatus: "PAID",
                  totalPriceSet: { shopMoney: { amount: o.total, currencyCode: "EUR" } },
                  lineItems: { nodes: [{ title: o.title, variantTitle: o.variantTitle, quantity: 1, product: { id: o.productId } }] },
                })),
              },
            },
          ]
        : [];
      return Response.json({ data: { customers: { nodes } } });
    }
    return Response.json({ errors: [{ message: `Unknown operation ${name ?? "(anonymous)"}` }] });
  }

  return { handle, created };
}
