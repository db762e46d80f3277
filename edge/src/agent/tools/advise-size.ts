import { tool } from "ai";
import { z } from "zod";
import { adviseSizeFromGuide } from "../size-advice.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";
import { sameOption } from "./variant-match.ts";

const cm = z.number().positive().max(300);

const inputSchema = toolInput(z.object({
  productId: z.string().max(120).optional(),
  chestCm: cm.optional(),
  waistCm: cm.optional(),
  hipsCm: cm.optional(),
  footLengthCm: z.number().positive().max(40).optional(),
  usualSize: z.string().max(20).optional(),
}));

export function adviseSizeTool(ctx: ToolContext) {
  return tool({
    description:
      "Recommend a size from the product's size guide and fit notes, given body measurements in cm or the size the shopper usually wears; also returns the guide's own advice (guideNote). Defaults to the first cart line's product.",
    inputSchema,
    execute: async ({ productId, ...measurements }) => {
      const cart = await ctx.store.getCart(ctx.session.cartId);
      if (!cart.ok) return cart;
      const line = cart.value.lines.find((l) => l.productId === productId) ?? (productId ? undefined : cart.value.lines[0]);
      const id = productId ?? line?.productId;
      if (id === undefined) return { ok: false as const, code: "product_required", message: "Name the product (the cart is empty)." };
      const product = await ctx.store.getProduct(id);
      if (!product.ok) return product;
      const guide = product.value.sizeGuide;
      if (!guide || guide.rows.length === 0) {
        return { ok: false as const, code: "no_size_guide", message: `${product.value.title} has no size guide.`, productId: id };
      }
      const fitNotes = product.value.attributes["fit"] ?? null;
      const advice = adviseSizeFromGuide(guide, measurements, product.value.attributes["fit"] ?? null);
      const color = product.value.variants.find((v) => v.id === line?.variantId)?.options.color;
      const variant = advice.recommended
        ? product.value.variants.find(
            (v) => sameOption(v.options.size, advice.recommended ?? undefined) && (color === undefined || v.options.color === color),
          )
        : undefined;
      await ctx.ledger.markAddressed("sizing_fit");
      return {
        ok: true as const,
        productId: id,
        recommended: advice.recommended,
        reason: advice.reason,
        fitNotes,
        /** The size guide's own advice (e.g. "Between sizes? Take the larger size"). */
        guideNote: guide.note ?? null,
        inStock: (variant?.inventory ?? 0) > 0,
        variantId: variant?.id ?? null,
      };
    },
  });
}
