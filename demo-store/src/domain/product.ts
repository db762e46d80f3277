import { z } from "zod";
import { Money } from "./money.ts";

export const Category = z.enum(["apparel", "shoes", "electronics", "home"]);
export type Category = z.infer<typeof Category>;

/** Body measurements in cm a size fits, from..to (inclusive). */
const Range = z.tuple([z.number(), z.number()]);
export const SizeGuideRow = z.object({
  size: z.string(),
  chest: Range.optional(),
  waist: Range.optional(),
  hips: Range.optional(),
  footLengthCm: z.number().optional(),
});
export const SizeGuide = z.object({ unit: z.literal("cm"), rows: z.array(SizeGuideRow).min(1), note: z.string().optional() });
export type SizeGuide = z.infer<typeof SizeGuide>;

export const Rating = z.object({ average: z.number().min(0).max(5), count: z.number().int().nonnegative() });

/** A catalog variant as seeded; live inventory lives in the store state. */
export const CatalogVariant = z.object({
  id: z.string(),
  sku: z.string(),
  title: z.string(),
  options: z.object({ size: z.string().optional(), color: z.string().optional() }),
  price: z.number().int().positive(),
  /** Stock on first run (and after reseed). */
  initialInventory: z.number().int().nonnegative(),
});
export type CatalogVariant = z.infer<typeof CatalogVariant>;

export const CatalogProduct = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  description: z.string(),
  category: Category,
  attributes: z.record(z.string(), z.string()),
  sizeGuide: SizeGuide.optional(),
  compatibleWith: z.array(z.string()).optional(),
  rating: Rating.optional(),
  /** Two colours for the generated SVG image. */
  palette: z.tuple([z.string(), z.string()]),
  variants: z.array(CatalogVariant).min(1),
});
export type CatalogProduct = z.infer<typeof CatalogProduct>;

/** Product as Store API v1 returns it (docs/store-api.md). */
export const Variant = CatalogVariant.omit({ initialInventory: true, price: true }).extend({
  price: Money,
  inventory: z.number().int().nonnegative(),
});
export type Variant = z.infer<typeof Variant>;

export const Product = CatalogProduct.omit({ palette: true, variants: true }).extend({
  url: z.string(),
  image: z.string(),
  variants: z.array(Variant),
});
export type Product = z.infer<typeof Product>;
