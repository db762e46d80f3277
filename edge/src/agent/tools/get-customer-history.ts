import { tool } from "ai";
import { z } from "zod";
import type { Order } from "../../store/store-schemas.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

/** The store's own id for the customer behind an email, when it says one. */
const StoreCustomer = z.looseObject({ id: z.string() });

/** What the shopper may see of their own orders: no names, addresses or payment details. */
function orderSummary(order: Order) {
  return {
    id: order.id,
    total: order.total,
    placedAt: order.placedAt ?? null,
    status: order.status ?? null,
    items: (order.lines ?? []).map((line) => ({ title: line.title, variantTitle: line.variantTitle, quantity: line.quantity })),
  };
}

const inputSchema = toolInput(z.object({}));

/**
 * Past orders of a customer the store vouched for (identity verification at session start).
 * Never by an address typed into the chat or saved on the cart: those are unverified claims.
 * The signed value is the customer id; the email beside it is only a lookup key, so the store's
 * record for that email must carry the same id.
 */
export function getCustomerHistoryTool(ctx: ToolContext) {
  return tool({
    description: "Past orders and lifetime value of the signed-in customer, e.g. to recognise a returning customer.",
    inputSchema,
    execute: async () => {
      const customer = ctx.session.customer;
      if (customer === null || customer.email === null) {
        return { ok: false as const, code: "customer_not_verified", message: "The shopper is not signed in, so their order history stays private." };
      }
      const unknown = { ok: false as const, code: "unknown_customer", message: "The store has no orders for this customer." };
      const history = await ctx.store.getCustomer(customer.email);
      if (!history.ok) return history.code === "not_found" ? unknown : history;
      if (StoreCustomer.safeParse(history.value.customer).data?.id !== customer.id) return unknown;
      const orders = history.value.orders;
      const lifetimeValue = {
        amount: orders.reduce((sum, order) => sum + order.total.amount, 0),
        currency: orders[0]?.total.currency ?? "EUR",
      };
      return { ok: true as const, orders: orders.map(orderSummary), lifetimeValue };
    },
  });
}
