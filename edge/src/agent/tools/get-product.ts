import { tool } from "ai";
import { z } from "zod";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const inputSchema = toolInput(z.object({ productId: z.string().min(1).max(120) }));

export function getProductTool(ctx: ToolContext) {
  return tool({
    description:
      "Read one product: description, attributes, size guide, compatibility list, rating and every variant with price and stock.",
    inputSchema,
    execute: async ({ productId }) => {
      const product = await ctx.store.getProduct(productId);
      if (!product.ok) return product;
      if (product.value.compatibleWith) await ctx.ledger.markAddressed("compatibility");
      if (product.value.rating) await ctx.ledger.markAddressed("product_quality");
      return { ok: true as const, product: product.value };
    },
  });
}
