import { tool } from "ai";
import { z } from "zod";
import { toProductSummary } from "./product-summary.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const inputSchema = toolInput(z.object({
  query: z.string().max(200).optional(),
  category: z.string().max(60).optional(),
  inStockOnly: z.boolean().optional(),
  limit: z.number().int().min(1).max(8).optional(),
}));

export function searchProductsTool(ctx: ToolContext) {
  return tool({
    description:
      "Search the store's catalog by words and/or category (apparel, shoes, electronics, home). Use it for alternatives and similar products.",
    inputSchema,
    execute: async ({ query, category, inStockOnly, limit = 4 }) => {
      // Ask for more when filtering, so out-of-stock products do not crowd out the answer.
      const found = await ctx.store.searchProducts({ query, category, limit: inStockOnly ? 50 : limit });
      if (!found.ok) return found;
      // Showing (cheaper) alternatives answers a price concern without a discount.
      await ctx.ledger.markAddressed("price_discount");
      const products = found.value.map(toProductSummary).filter((p) => !inStockOnly || p.inStock);
      return { ok: true as const, products: products.slice(0, limit) };
    },
  });
}
