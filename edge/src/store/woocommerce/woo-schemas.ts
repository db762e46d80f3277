import { z } from "zod";

/** WooCommerce Store API v1 and REST API v3 shapes, as the upstream docs give them (fields the adapter reads). */

const Minor = z.string().regex(/^-?\d+$/).transform(Number);
const Currency = { currency_code: z.string().length(3), currency_minor_unit: z.number().int() };

export const WooCartItem = z.looseObject({
  key: z.string(),
  id: z.number().int(),
  quantity: z.number().int(),
  name: z.string(),
  permalink: z.string().optional(),
  images: z.array(z.looseObject({ src: z.string() })).default([]),
  variation: z.array(z.object({ attribute: z.string(), value: z.string() })).default([]),
  low_stock_remaining: z.number().int().nullish(),
  prices: z.looseObject({ price: Minor, ...Currency }),
  totals: z.looseObject({ line_subtotal: Minor, line_total: Minor }),
});

export const WooShippingRate = z.looseObject({
  rate_id: z.string(),
  name: z.string(),
  description: z.string().default(""),
  delivery_time: z.string().default(""),
  price: Minor,
  method_id: z.string(),
  ...Currency,
});

export const WooCart = z.looseObject({
  items: z.array(WooCartItem),
  coupons: z.array(z.looseObject({ code: z.string(), discount_type: z.string().optional(), totals: z.looseObject({ total_discount: Minor }) })),
  totals: z.looseObject({ total_items: Minor, total_discount: Minor, total_price: Minor, ...Currency }),
  shipping_address: z.looseObject({ country: z.string().default(""), postcode: z.string().default("") }),
  billing_address: z.looseObject({ email: z.string().nullish(), phone: z.string().nullish() }),
  shipping_rates: z.array(z.looseObject({ package_id: z.union([z.number(), z.string()]), shipping_rates: z.array(WooShippingRate) })),
  payment_methods: z.array(z.string()).default([]),
});
export type WooCart = z.infer<typeof WooCart>;

export const WooProduct = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  parent: z.number().int().default(0),
  type: z.string().default("simple"),
  permalink: z.string(),
  sku: z.string().default(""),
  description: z.string().default(""),
  short_description: z.string().default(""),
  categories: z.array(z.looseObject({ id: z.number().int(), name: z.string(), slug: z.string() })).default([]),
  images: z.array(z.looseObject({ src: z.string() })).default([]),
  prices: z.looseObject({ price: Minor, ...Currency }),
  is_in_stock: z.boolean(),
});
export type WooProduct = z.infer<typeof WooProduct>;

/** REST API v3 `GET /products/:id/variations`. */
export const WooVariation = z.looseObject({
  id: z.number().int(),
  sku: z.string().default(""),
  price: z.string(),
  stock_quantity: z.number().int().nullable(),
  stock_status: z.enum(["instock", "outofstock", "onbackorder"]),
  manage_stock: z.union([z.boolean(), z.literal("parent")]),
  attributes: z.array(z.looseObject({ name: z.string(), option: z.string() })),
});
export type WooVariation = z.infer<typeof WooVariation>;

/** REST API v3 coupon. */
export const WooCoupon = z.looseObject({
  id: z.number().int(),
  code: z.string(),
  date_expires_gmt: z.string().nullable(),
  usage_count: z.number().int(),
  usage_limit: z.number().int().nullable(),
  minimum_amount: z.string().default("0.00"),
});
