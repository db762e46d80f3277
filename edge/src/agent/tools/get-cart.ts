import { tool } from "ai";
import { z } from "zod";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const inputSchema = toolInput(z.object({}));

export function getCartTool(ctx: ToolContext) {
  return tool({
    description:
      "Read the shopper's current cart: lines (product, variant, quantity, prices), subtotal, discounts, total and customer country.",
    inputSchema,
    execute: async () => {
      const cart = await ctx.store.getCart(ctx.session.cartId);
      return cart.ok ? { ok: true as const, cart: cart.value } : cart;
    },
  });
}
