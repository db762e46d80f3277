import { tool } from "ai";
import { z } from "zod";
import type { Product, Variant } from "../../store/store-schemas.ts";
import { toProductSummary } from "./product-summary.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";
import { describeVariant, matchVariants, optionValues, sameOption, type RequestedOptions } from "./variant-match.ts";

const maxAlternatives = 8;

/** Other in-stock variants: the requested colour first, then the sizes nearest the requested one in the product's own order. */
function alternativesFor(product: Product, matches: Variant[], requested: RequestedOptions): Variant[] {
  const taken = new Set(matches.map((v) => v.id));
  const sizes = optionValues(product, "size");
  const at = (size: string | undefined) => sizes.findIndex((s) => sameOption(s, size));
  const target = at(requested["size"]);
  const rank = (v: Variant) =>
    (sameOption(v.options["color"], requested["color"]) || requested["color"] === undefined ? 0 : 1000) +
    (target < 0 || at(v.options["size"]) < 0 ? 0 : Math.abs(at(v.options["size"]) - target) - (at(v.options["size"]) > target ? 0.1 : 0));
  return product.variants.filter((v) => !taken.has(v.id) && v.inventory > 0).sort((a, b) => rank(a) - rank(b)).slice(0, maxAlternatives);
}

/** The size one step bigger or smaller than `from` in the product's own size order; null past either end. */
function stepSize(product: Product, from: string | undefined, direction: "bigger" | "smaller"): string | null {
  const sizes = optionValues(product, "size");
  const at = sizes.findIndex((s) => sameOption(s, from));
  if (at < 0) return null;
  return sizes[at + (direction === "bigger" ? 1 : -1)] ?? null;
}

const inputSchema = toolInput(z.object({
  productId: z.string().max(120).optional(),
  variantId: z.string().max(160).optional(),
  size: z.string().max(20).optional(),
  color: z.string().max(40).optional(),
  relative: z.enum(["bigger", "smaller"]).optional(),
}));

export function checkStockTool(ctx: ToolContext) {
  return tool({
    description:
      "Check live stock of a product variant (by variantId, or size/color, or one size bigger/smaller than the cart's). Options the shopper does not name are the cart line's (a size question is about the cart's colour). Defaults to the first cart line's product. Says when the product is not made in a size or colour (with the ones it is made in), and returns in-stock alternatives and similar products when it is out. A store that knows only stock levels gives `stockLevel` (in_stock, low_stock, out_of_stock) instead of `inventory`: then state no count.",
    inputSchema,
    execute: async ({ productId, variantId, size, color, relative }) => {
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
      const inCart = product.value.variants.find((v) => v.id === (variantId ?? cartLine?.variantId));
      const named: RequestedOptions = { size, color };
      if (relative) {
        const stepped = stepSize(product.value, size ?? inCart?.options["size"], relative);
        if (stepped === null) {
          const sizes = optionValues(product.value, "size");
          return { ok: true as const, product: summary(product.value), requested: {}, inStock: false, matches: [], alternatives: [], similarProducts: [], sizes, noSizeBeyond: relative };
        }
        named["size"] = stepped;
      }
      // Unnamed options are the cart line's: "in M?" means M in the colour already chosen.
      const requested: RequestedOptions = { ...inCart?.options, ...defined(named) };
      const missing = Object.entries(defined(named)).find(([name, value]) => !optionValues(product.value, name).some((v) => sameOption(v, value)));
      const anyNamed = Object.keys(defined(named)).length > 0;
      const matches = missing ? [] : anyNamed ? matchVariants(product.value, requested) : inCart ? [inCart] : product.value.variants;
      const inStock = matches.some((v) => v.inventory > 0);
      let similarProducts: ReturnType<typeof toProductSummary>[] = [];
      if (!inStock) {
        const similar = await ctx.store.searchProducts({ category: product.value.category, limit: 50 });
        if (similar.ok) {
          similarProducts = similar.value.filter((p) => p.id !== product.value.id).map(toProductSummary).filter((p) => p.inStock).slice(0, 4);
        }
      }
      await ctx.ledger.markAddressed("stock_availability");
      const stock = ctx.store.capabilities.stock;
      const resolved = matches.length === 1 ? matches[0]?.options : requested;
      return {
        ok: true as const,
        product: summary(product.value),
        requested: defined({ ...resolved, ...(missing ? Object.fromEntries([missing]) : {}) }),
        inStock,
        matches: matches.map((v) => describeVariant(v, stock)),
        alternatives: alternativesFor(product.value, matches, requested).map((v) => describeVariant(v, stock)),
        similarProducts,
        sizes: optionValues(product.value, "size"),
        ...(missing ? { notMade: { option: missing[0], value: missing[1], madeIn: optionValues(product.value, missing[0]) } } : {}),
      };
    },
  });
}

function summary(product: Product) {
  const { id, title, url, image } = product;
  return { id, title, url, image };
}

function defined(options: RequestedOptions): Record<string, string> {
  return Object.fromEntries(Object.entries(options).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])));
}
