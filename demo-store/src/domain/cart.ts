import { z } from "zod";
import { Money } from "./money.ts";
import { Category } from "./product.ts";
import { CartCustomer } from "./store-state.ts";

/** The cart as Store API v1 returns it (docs/store-api.md), plus shipping and links. Tests parse with it. */
export const CartLine = z.object({
  id: z.string(),
  variantId: z.string(),
  productId: z.string(),
  title: z.string(),
  variantTitle: z.string(),
  category: Category,
  options: z.object({ size: z.string().optional(), color: z.string().optional() }),
  quantity: z.number().int().positive(),
  unitPrice: Money,
  lineTotal: Money,
  /** Units left of this variant (for "only 2 left"). */
  inventory: z.number().int().nonnegative(),
  image: z.string(),
  url: z.string(),
});
export type CartLine = z.infer<typeof CartLine>;

export const CartDiscount = z.object({
  code: z.string(),
  kind: z.enum(["percent", "fixed", "free_shipping"]),
  amount: Money,
  description: z.string(),
});

export const Cart = z.object({
  id: z.string(),
  status: z.enum(["open", "ordered"]),
  currency: z.literal("EUR"),
  lines: z.array(CartLine),
  itemCount: z.number().int().nonnegative(),
  subtotal: Money,
  discounts: z.array(CartDiscount),
  /** The chosen rate once the shopper picked one at checkout, else null ("calculated at checkout"). */
  shipping: z.object({ rateId: z.string(), name: z.string(), price: Money, minDays: z.number(), maxDays: z.number() }).nullable(),
  total: Money,
  customer: CartCustomer,
  url: z.string(),
  orderId: z.string().optional(),
  updatedAt: z.string(),
});
export type Cart = z.infer<typeof Cart>;

/** A partial change of the cart's customer (PATCH /api/carts/:id/customer). */
export const CustomerPatch = z.strictObject({
  email: z.email().max(254).optional(),
  phone: z.string().regex(/^\+[1-9]\d{6,14}$/, "E.164, e.g. +4915112345678").optional(),
  country: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, e.g. DE").optional(),
  postalCode: z.string().min(2).max(12).optional(),
  consent: z.strictObject({ email: z.boolean(), sms: z.boolean(), whatsapp: z.boolean() }).partial().optional(),
});
export type CustomerPatch = z.infer<typeof CustomerPatch>;
