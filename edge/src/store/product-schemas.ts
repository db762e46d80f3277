import { z } from "zod";

/** Store API v1 product and money shapes (docs/store-api.md). */

export const Money = z.object({
  amount: z.number().int(),
  currency: z.string().length(3),
});
export type Money = z.infer<typeof Money>;

/** Option name (lowercased: "size", "color", "material", …) → value. Platforms name their own options. */
export const VariantOptions = z.record(z.string(), z.string());
export type VariantOptions = z.infer<typeof VariantOptions>;

export const Variant = z.object({
  id: z.string(),
  sku: z.string(),
  title: z.string(),
  options: VariantOptions,
  price: Money,
  inventory: z.number().int(),
});
export type Variant = z.infer<typeof Variant>;

/** Body measurements in cm a size fits, from..to (inclusive). */
const Range = z.tuple([z.number(), z.number()]);
export const SizeGuideRow = z.object({
  size: z.string(),
  chest: Range.optional(),
  waist: Range.optional(),
  hips: Range.optional(),
  footLengthCm: z.number().optional(),
});
export type SizeGuideRow = z.infer<typeof SizeGuideRow>;
export const SizeGuide = z.object({ unit: z.string(), rows: z.array(SizeGuideRow), note: z.string().optional() });
export type SizeGuide = z.infer<typeof SizeGuide>;

export const Rating = z.object({ average: z.number(), count: z.number().int() });

export const Product = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.string(),
  url: z.string(),
  image: z.string(),
  attributes: z.record(z.string(), z.string()).default({}),
  sizeGuide: SizeGuide.nullish(),
  compatibleWith: z.array(z.string()).nullish(),
  rating: Rating.nullish(),
  variants: z.array(Variant),
});
export type Product = z.infer<typeof Product>;

export const ProductList = z.object({ products: z.array(Product) });
