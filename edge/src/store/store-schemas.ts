import { z } from "zod";
import { Money, VariantOptions } from "./product-schemas.ts";

export * from "./product-schemas.ts";

/** Store API v1 response shapes (docs/store-api.md). Every store response is parsed with these. */

export const CartLine = z.object({
  id: z.string(),
  variantId: z.string(),
  productId: z.string(),
  title: z.string(),
  variantTitle: z.string(),
  quantity: z.number().int(),
  unitPrice: Money,
  lineTotal: Money,
  /** Optional extras some stores send (the demo store does). */
  category: z.string().optional(),
  options: VariantOptions.optional(),
  inventory: z.number().int().optional(),
  image: z.string().optional(),
  url: z.string().optional(),
});
export type CartLine = z.infer<typeof CartLine>;

export const CartDiscount = z.object({
  code: z.string(),
  kind: z.enum(["percent", "fixed", "free_shipping"]).optional(),
  amount: Money,
  description: z.string(),
});
export type CartDiscount = z.infer<typeof CartDiscount>;

export const Consent = z.object({
  email: z.boolean().default(false),
  sms: z.boolean().default(false),
  whatsapp: z.boolean().default(false),
});

export const CartCustomer = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  country: z.string().nullish(),
  postalCode: z.string().nullish(),
  consent: Consent.default({ email: false, sms: false, whatsapp: false }),
});
export type CartCustomer = z.infer<typeof CartCustomer>;

export const Cart = z.object({
  id: z.string(),
  status: z.enum(["open", "ordered"]),
  currency: z.string().length(3),
  lines: z.array(CartLine),
  subtotal: Money,
  discounts: z.array(CartDiscount),
  /** The shipping rate chosen at checkout, if any. */
  shipping: z.object({ rateId: z.string(), name: z.string(), price: Money }).nullish(),
  total: Money,
  url: z.string().optional(),
  customer: CartCustomer.default({ consent: { email: false, sms: false, whatsapp: false } }),
});
export type Cart = z.infer<typeof Cart>;

export const ShippingRate = z.object({
  id: z.string(),
  name: z.string(),
  price: Money,
  minDays: z.number().int(),
  maxDays: z.number().int(),
  freeOver: Money.nullish(),
  kind: z.enum(["standard", "express"]).optional(),
  /** Price before a free-shipping threshold or coupon made it 0. */
  originalPrice: Money.optional(),
  freeBecause: z.string().optional(),
});
export type ShippingRate = z.infer<typeof ShippingRate>;

export const ShippingRates = z.object({ rates: z.array(ShippingRate) });

export const PaymentMethod = z.looseObject({ id: z.string(), name: z.string(), bnpl: z.boolean() });

/** Where a stated fact comes from: the platform's data, or the merchant's declaration in the site config. */
export const FactSource = z.enum(["platform", "merchant"]);

/**
 * Policies as the agent may state them. Platforms with text-only policies (Shopify, WooCommerce)
 * give `text`; `days`/`free` and payment methods are then present only where the merchant declared them.
 */
export const Policies = z.object({
  returns: z.looseObject({
    days: z.number().int().optional(),
    free: z.boolean().optional(),
    conditions: z.unknown(),
    text: z.string().optional(),
    source: FactSource.optional(),
  }),
  exchanges: z.unknown(),
  shipping: z.unknown(),
  payments: z.array(PaymentMethod),
  guestCheckout: z.unknown(),
  security: z.unknown(),
  support: z.looseObject({ email: z.string().optional(), hours: z.string().optional() }),
});
export type Policies = z.infer<typeof Policies>;

export const OrderLine = z.looseObject({ productId: z.string(), title: z.string(), variantTitle: z.string(), quantity: z.number().int() });
export const Order = z.looseObject({
  id: z.string(),
  total: Money,
  placedAt: z.union([z.string(), z.number()]).optional(),
  status: z.string().optional(),
  lines: z.array(OrderLine).optional(),
});
export type Order = z.infer<typeof Order>;

export const CustomerHistory = z.object({
  customer: z.looseObject({ email: z.string() }).nullish(),
  orders: z.array(Order),
});
export type CustomerHistory = z.infer<typeof CustomerHistory>;

export const CheckoutLink = z.object({
  url: z.string(),
  expiresAt: z.union([z.string(), z.number()]),
});
export type CheckoutLink = z.infer<typeof CheckoutLink>;

export const StoreErrorBody = z.object({
  error: z.looseObject({ code: z.string(), message: z.string() }),
});
