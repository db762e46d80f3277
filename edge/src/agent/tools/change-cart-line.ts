import { tool } from "ai";
import { z } from "zod";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";
import { resolveVariant } from "./variant-match.ts";

const inputSchema = toolInput(z.object({
  lineId: z.string().max(160).optional(),
  variantId: z.string().max(160).optional(),
  size: z.string().max(20).optional(),
  color: z.string().max(40).optional(),
  quantity: z.number().int().min(1).max(99).optional(),
}));

export function changeCartLineTool(ctx: ToolContext) {
  return tool({
    description:
      "Change a cart line: swap to another variant (variantId, or size/color of the same product) and/or set the quantity. Defaults to the first line.",
    inputSchema,
    execute: async ({ lineId, variantId, size, color, quantity }) => {
      const cart = await ctx.store.getCart(ctx.session.cartId);
      if (!cart.ok) return cart;
      const line = lineId ? cart.value.lines.find((l) => l.id === lineId) : cart.value.lines[0];
      if (line === undefined) {
        return { ok: false as const, code: "line_not_found", message: lineId ? `No cart line ${lineId}.` : "The cart is empty." };
      }
      let target = variantId;
      if (target === undefined && (size !== undefined || color !== undefined)) {
        const product = await ctx.store.getProduct(line.productId);
        if (!product.ok) return product;
        const current = product.value.variants.find((v) => v.id === line.variantId);
        const variant = resolveVariant(product.value, current?.options ?? {}, { size, color });
        if (variant === undefined) {
          const options = product.value.variants.map((v) => v.title);
          return { ok: false as const, code: "variant_not_found", message: `${line.title} has no ${[size, color].filter(Boolean).join(" / ")} variant.`, options };
        }
        target = variant.id;
      }
      if (target === undefined && quantity === undefined) {
        return { ok: false as const, code: "nothing_to_change", message: "Give a variant, size, color or quantity." };
      }
      const change = { ...(target !== undefined && target !== line.variantId ? { variantId: target } : {}), ...(quantity !== undefined ? { quantity } : {}) };
      const updated = Object.keys(change).length === 0 ? cart : await ctx.store.updateLine(cart.value.id, line.id, change);
      if (!updated.ok) {
        return updated.code === "not_found" && target !== undefined
          ? { ...updated, code: "variant_not_found" }
          : updated;
      }
      const after =
        updated.value.lines.find((l) => l.id === line.id) ?? updated.value.lines.find((l) => l.variantId === (target ?? line.variantId));
      if (after === undefined) {
        return { ok: false as const, code: "line_not_found", message: "The store no longer has this line." };
      }
      return { ok: true as const, cart: updated.value, line: after };
    },
  });
}
