import { tool } from "ai";
import { z } from "zod";
import type { Product, Variant } from "../../store/store-schemas.ts";
import { toProductSummary } from "./product-summary.ts";
import type { ToolContext } from "./tool-context.ts";
import { describeVariant, matchVariants } from "./variant-match.ts";

const maxAlternatives = 8;

const letterSizes = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL"];

/** How far apart two sizes are: EU numbers by value, letter sizes by step; unknown sizes last. */
function sizeDistance(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const [na, nb] = [Number(a.replace(",", ".")), Number(b.replace(",", "."))];
  if (Number.isFinite(na) && Number.isFinite(nb)) return Math.abs(na - nb);
  const [ia, ib] = [letterSizes.indexOf(a.toUpperCase()), letterSizes.indexOf(b.toUpperCase())];
  return ia >= 0 && ib >= 0 ? Math.abs(ia - ib) : 100;
}

/** Other in-stock variants: the requested colour first, then the sizes nearest the requested one. */
function alternativesFor(product: Product, matches: Variant[], requested: { size?: string; color?: string }): Variant[] {
  const taken = new Set(matches.map((v) => v.id));
  const inStock = product.variants.filter((v) => !taken.has(v.id) && v.inventory > 0);
  const first = matches[0];
  const color = requested.color ?? first?.options.color;
  const size = requested.size ?? first?.options.size;
  const rank = (v: Variant) => (v.options.color === color ? 0 : 1000) + sizeDistance(v.options.size, size);
  return [...inStock].sort((a, b) => rank(a) - rank(b)).slice(0, maxAlternatives);
}

export function checkStockTool(ctx: ToolContext) {
  return tool({
    description:
      "Check live stock of a product variant (by variantId or size/color). Defaults to the first cart line's product. Returns in-stock alternative variants and similar products when it is out.",
    inputSchema: z.object({
      productId: z.string().max(120).optional(),
      variantId: z.string().max(160).optional(),
      size: z.string().max(20).optional(),
      color: z.string().max(40).optional(),
    }),
    execute: async ({ productId, variantId, size, color }) => {
      const cart = await ctx.store.getCart(ctx.session.cartId);
      if (!cart.ok) return cart;
      const cartLine =
        cart.value.lines.find((l) => l.variantId === variantId || (!variantId && l.productId === productId)) ??
        (productId === undefined && variantId === undefined ? cart.value.lines[0] : undefined);
      const id = productId ?? cartLine?.productId;
      if (id === undefined) {
        return { ok: false as const, code: "product_required", message: "Name the product to check (the cart is empty)." };
      }
      const product = await ctx.store.getProduct(id);
      if (!product.ok) return product;
      // With nothing requested, check the variant that is in the cart.
      const checked = variantId ?? (size === undefined && color === undefined ? cartLine?.variantId : undefined);
      const matches = checked
        ? product.value.variants.filter((v) => v.id === checked)
        : matchVariants(product.value, { size, color });
      const inStock = matches.some((v) => v.inventory > 0);
      let similarProducts: ReturnType<typeof toProductSummary>[] = [];
      if (!inStock) {
        const similar = await ctx.store.searchProducts({ category: product.value.category, limit: 50 });
        if (similar.ok) {
          similarProducts = similar.value
            .filter((p) => p.id !== product.value.id)
            .map(toProductSummary)
            .filter((p) => p.inStock)
            .slice(0, 4);
        }
      }
      await ctx.ledger.markAddressed("stock_availability");
      const { id: pid, title, url, image } = product.value;
      return {
        ok: true as const,
        product: { id: pid, title, url, image },
        requested: { ...(size ? { size } : {}), ...(color ? { color } : {}) },
        inStock,
        matches: matches.map(describeVariant),
        alternatives: alternativesFor(product.value, matches, { size, color }).map(describeVariant),
        similarProducts,
      };
    },
  });
}
