import { z } from "zod";
import { Cart, CartLine, Money, PaymentMethod, Product, ShippingRate } from "../../store/store-schemas.ts";

/** The tool outputs the built-in model reads (agent/tools/), parsed leniently: unknown extras pass. */

export const Failed = z.looseObject({ ok: z.literal(false), code: z.string(), message: z.string().optional() });

export const CartResult = z.looseObject({ ok: z.literal(true), cart: Cart });

export const RatesResult = z.looseObject({
  ok: z.literal(true),
  country: z.string(),
  rates: z.array(ShippingRate),
  cartSubtotal: Money.nullish(),
  amountToFreeShipping: Money.nullish(),
});
export type RatesResult = z.infer<typeof RatesResult>;

export const PolicyResult = z.looseObject({ ok: z.literal(true), topic: z.string(), policy: z.unknown() });
export const ReturnsPolicy = z.looseObject({ days: z.number(), free: z.boolean(), conditions: z.unknown() });
export const PaymentsPolicy = z.array(PaymentMethod);

const StockVariant = z.looseObject({
  variantId: z.string(),
  title: z.string(),
  options: z.record(z.string(), z.string()),
  /** A count where the store knows it; else `stockLevel`. */
  inventory: z.number().optional(),
  stockLevel: z.enum(["in_stock", "low_stock", "out_of_stock"]).optional(),
  price: Money,
});
export type StockVariant = z.infer<typeof StockVariant>;
const ProductSummary = z.looseObject({ id: z.string(), title: z.string(), url: z.string().optional(), price: Money, inStock: z.boolean() });

export const StockResult = z.looseObject({
  ok: z.literal(true),
  product: z.looseObject({ id: z.string(), title: z.string() }),
  requested: z.record(z.string(), z.string().optional()).default({}),
  inStock: z.boolean(),
  matches: z.array(StockVariant).default([]),
  alternatives: z.array(StockVariant).default([]),
  similarProducts: z.array(ProductSummary).default([]),
  /** The product's sizes in its own order. */
  sizes: z.array(z.string()).default([]),
  /** A size or colour the product is not made in, with the ones it is. */
  notMade: z.looseObject({ option: z.string(), value: z.string(), madeIn: z.array(z.string()) }).optional(),
  /** "One size bigger" asked at the largest size (or smaller at the smallest). */
  noSizeBeyond: z.enum(["bigger", "smaller"]).optional(),
});
export type StockResult = z.infer<typeof StockResult>;

export const SizeAdvice = z.looseObject({
  ok: z.literal(true),
  productId: z.string(),
  recommended: z.string().nullable(),
  reason: z.string(),
  fitNotes: z.string().nullish(),
  guideNote: z.string().nullish(),
  inStock: z.boolean(),
  variantId: z.string().nullish(),
});

export const ProductResult = z.looseObject({ ok: z.literal(true), product: Product });

export const ChangeLineResult = z.looseObject({ ok: z.literal(true), cart: Cart, line: CartLine });
export const OutOfStock = z.looseObject({ ok: z.literal(false), code: z.literal("out_of_stock"), available: z.number().optional() });

export const OfferResult = z.union([
  z.looseObject({ ok: z.literal(true), granted: z.literal(true), code: z.string(), description: z.string(), discount: Money, cart: Cart }),
  z.looseObject({ ok: z.literal(true), granted: z.literal(false), reason: z.string(), message: z.string().optional() }),
]);

export const CheckoutLinkResult = z.looseObject({ ok: z.literal(true), url: z.string(), expiresAt: z.unknown() });
export const SavedResult = z.looseObject({ ok: z.literal(true), channel: z.string(), address: z.string().optional(), consentNeeded: z.boolean().optional() });
export const ExchangesPolicy = z.looseObject({ free: z.boolean().optional(), description: z.string().optional() });
export const HandOverResult = z.looseObject({ ok: z.literal(true), message: z.string() });
