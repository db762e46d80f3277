import { type StoreCapabilities, stockLevel } from "../../store/capabilities.ts";
import type { Product, Variant, VariantOptions } from "../../store/store-schemas.ts";

/** "EU 42,5" and "42.5" name the same size; colours compare case-insensitively. */
export function sameOption(a: string | undefined, b: string | undefined): boolean {
  const norm = (value: string) => value.trim().toLowerCase().replace(/^eu\s*/, "").replace(",", ".");
  return a !== undefined && b !== undefined && norm(a) === norm(b);
}

/** Requested option values by option name; an absent or undefined value matches anything. */
export type RequestedOptions = Record<string, string | undefined>;

function hasOptions(variant: Variant, requested: RequestedOptions): boolean {
  return Object.entries(requested).every(([name, value]) => value === undefined || sameOption(variant.options[name], value));
}

/** Variants that have every requested option (an option not requested matches anything). */
export function matchVariants(product: Product, requested: RequestedOptions): Variant[] {
  return product.variants.filter((variant) => hasOptions(variant, requested));
}

/** The variant with `current`'s options except the ones the shopper wants changed. */
export function resolveVariant(product: Product, current: VariantOptions, wanted: RequestedOptions): Variant | undefined {
  const target: RequestedOptions = { ...current };
  for (const [name, value] of Object.entries(wanted)) if (value !== undefined) target[name] = value;
  return product.variants.find((variant) => hasOptions(variant, target));
}

/** The values an option takes, in the store's own order (e.g. sizes XS → XL, EU 38 → 46). */
export function optionValues(product: Product, name: string): string[] {
  return [...new Set(product.variants.flatMap((v) => (v.options[name] === undefined ? [] : [v.options[name]])))];
}

/** A variant for the model: its stock as a count, or (a store that knows only levels) as the level. */
export function describeVariant(variant: Variant, stock: StoreCapabilities["stock"] = "exact") {
  return {
    variantId: variant.id,
    title: variant.title,
    options: variant.options,
    ...(stock === "exact" ? { inventory: variant.inventory } : { stockLevel: stockLevel(variant.inventory) }),
    price: variant.price,
  };
}
