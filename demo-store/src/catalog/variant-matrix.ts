import type { CatalogVariant } from "../domain/product.ts";

/**
 * Builds the size × colour variants of one product. `stock` maps "size/color" (or "size", or
 * "color") to a non-default quantity, so low and zero stock are visible in the seed data.
 */
export function variantMatrix(input: {
  productId: string;
  skuPrefix: string;
  price: number;
  sizes?: string[];
  colors?: string[];
  defaultStock: number;
  stock?: Record<string, number>;
}): CatalogVariant[] {
  const sizes = input.sizes ?? [undefined];
  const colors = input.colors ?? [undefined];
  const variants: CatalogVariant[] = [];
  for (const color of colors) {
    for (const size of sizes) {
      const key = [size, color].filter((part) => part !== undefined).join("/");
      const slug = key.toLowerCase().replace(/[^a-z0-9]+/g, "-") || "default";
      variants.push({
        id: `${input.productId}--${slug}`,
        sku: `${input.skuPrefix}-${slug.toUpperCase()}`,
        title: key || "Default",
        options: { ...(size === undefined ? {} : { size }), ...(color === undefined ? {} : { color }) },
        price: input.price,
        initialInventory: input.stock?.[key] ?? input.defaultStock,
      });
    }
  }
  return variants;
}

export const apparelSizes = ["XS", "S", "M", "L", "XL"];
/** EU 38–46 including half sizes. */
export const euShoeSizes = Array.from({ length: 17 }, (_, i) => String(38 + i / 2));
