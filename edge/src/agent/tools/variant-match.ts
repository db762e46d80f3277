import type { Product, Variant, VariantOptions } from "../../store/store-schemas.ts";

/** "EU 42,5" and "42.5" name the same size; colours compare case-insensitively. */
export function sameOption(a: string | undefined, b: string | undefined): boolean {
  const norm = (value: string) => value.trim().toLowerCase().replace(/^eu\s*/, "").replace(",", ".");
  return a !== undefined && b !== undefined && norm(a) === norm(b);
}

/** Variants that have every requested option (an option not requested matches anything). */
export function matchVariants(product: Product, requested: VariantOptions): Variant[] {
  return product.variants.filter(
    (variant) =>
      (requested.size === undefined || sameOption(variant.options.size, requested.size)) &&
      (requested.color === undefined || sameOption(variant.options.color, requested.color)),
  );
}

/** The variant with `current`'s options except the ones the shopper wants changed. */
export function resolveVariant(product: Product, current: VariantOptions, wanted: VariantOptions): Variant | undefined {
  const target = { size: wanted.size ?? current.size, color: wanted.color ?? current.color };
  return product.variants.find(
    (variant) =>
      (target.size === undefined || sameOption(variant.options.size, target.size)) &&
      (target.color === undefined || sameOption(variant.options.color, target.color)),
  );
}

export function describeVariant(variant: Variant) {
  return {
    variantId: variant.id,
    title: variant.title,
    options: variant.options,
    inventory: variant.inventory,
    price: variant.price,
  };
}
