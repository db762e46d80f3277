import { z } from "zod";

/** Vendure Shop/Admin API shapes as vendure-operations.ts selects them. Money is already in minor units. */

const Options = z.array(z.object({ name: z.string(), group: z.object({ name: z.string() }) }));
export const StockLevel = z.string();

export const VOrder = z.object({
  id: z.string(),
  code: z.string(),
  state: z.string(),
  currencyCode: z.string().length(3),
  updatedAt: z.string(),
  subTotalWithTax: z.number().int(),
  totalWithTax: z.number().int(),
  couponCodes: z.array(z.string()),
  discounts: z.array(z.object({ description: z.string(), amountWithTax: z.number().int() })),
  promotions: z.array(z.object({ couponCode: z.string().nullish(), name: z.string() })),
  customer: z.object({ emailAddress: z.string(), phoneNumber: z.string().nullish() }).nullish(),
  shippingAddress: z.object({ countryCode: z.string().nullish(), postalCode: z.string().nullish() }).nullish(),
  lines: z.array(
    z.object({
      id: z.string(),
      quantity: z.number().int(),
      unitPriceWithTax: z.number().int(),
      linePriceWithTax: z.number().int(),
      featuredAsset: z.object({ preview: z.string() }).nullish(),
      productVariant: z.object({ id: z.string(), name: z.string(), sku: z.string(), stockLevel: StockLevel, options: Options, product: z.object({ id: z.string(), name: z.string(), slug: z.string() }) }),
    }),
  ),
});
export type VOrder = z.infer<typeof VOrder>;

/** An Order or one of Vendure's ErrorResults (union members of the mutation's result). */
export const VOrderResult = z.union([
  VOrder,
  z.looseObject({ errorCode: z.string(), message: z.string(), quantityAvailable: z.number().int().optional() }),
]);

export const VProduct = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  featuredAsset: z.object({ preview: z.string() }).nullish(),
  facetValues: z.array(z.object({ name: z.string(), facet: z.object({ code: z.string() }) })),
  variants: z.array(z.object({ id: z.string(), sku: z.string(), name: z.string(), priceWithTax: z.number().int(), currencyCode: z.string(), stockLevel: StockLevel, options: Options })),
});
export type VProduct = z.infer<typeof VProduct>;

export const VPromotion = z.object({
  id: z.string(),
  couponCode: z.string().nullish(),
  enabled: z.boolean(),
  endsAt: z.string().nullish(),
  usageLimit: z.number().int().nullish(),
  conditions: z.array(z.object({ code: z.string(), args: z.array(z.object({ name: z.string(), value: z.string() })) })),
});
