import { tool } from "ai";
import { z } from "zod";
import type { ToolContext } from "./tool-context.ts";

export function getCustomerHistoryTool(ctx: ToolContext) {
  return tool({
    description:
      "Past orders and lifetime value of the shopper (by the cart's email), e.g. to recognise a returning customer.",
    inputSchema: z.object({}),
    execute: async () => {
      const cart = await ctx.store.getCart(ctx.session.cartId);
      if (!cart.ok) return cart;
      const email = cart.value.customer.email;
      const unknown = { ok: false as const, code: "unknown_customer", message: "The store has no orders for this shopper." };
      if (!email) return unknown;
      const history = await ctx.store.getCustomer(email);
      if (!history.ok) return history.code === "not_found" ? unknown : history;
      if (!history.value.customer && history.value.orders.length === 0) return unknown;
      const orders = history.value.orders;
      const lifetimeValue = {
        amount: orders.reduce((sum, order) => sum + order.total.amount, 0),
        currency: orders[0]?.total.currency ?? cart.value.currency,
      };
      return { ok: true as const, orders, lifetimeValue };
    },
  });
}
