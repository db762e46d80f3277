import { z } from "zod";
import { Money } from "./money.ts";
import { PaymentMethod } from "./policies.ts";
import { Country } from "./shipping.ts";

/** Everything that changes at runtime; the catalog itself is seed code. Persisted as one JSON file. */

export const Consent = z.object({ email: z.boolean(), sms: z.boolean(), whatsapp: z.boolean() });

export const CartCustomer = z.object({
  email: z.email().optional(),
  phone: z.string().optional(),
  country: z.string().optional(),
  postalCode: z.string().optional(),
  consent: Consent,
});
export type CartCustomer = z.infer<typeof CartCustomer>;

export const Address = z.object({
  name: z.string(),
  line1: z.string(),
  city: z.string(),
  postalCode: z.string(),
  country: Country,
});
export type Address = z.infer<typeof Address>;

export const StoredCart = z.object({
  id: z.string(),
  status: z.enum(["open", "ordered"]),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lines: z.array(z.object({ id: z.string(), variantId: z.string(), quantity: z.number().int().positive() })),
  couponCodes: z.array(z.string()),
  customer: CartCustomer,
  checkout: z.object({
    createAccount: z.boolean().default(false),
    passwordHash: z.string().optional(),
    address: Address.optional(),
    shippingRateId: z.string().optional(),
    paymentMethod: PaymentMethod.optional(),
  }),
  /** `?cs=` from a Cart Saver checkout link (the edge session that brought the shopper back). */
  attribution: z.object({ cs: z.string(), at: z.iso.datetime() }).nullable(),
  orderId: z.string().optional(),
});
export type StoredCart = z.infer<typeof StoredCart>;

export const OrderDiscount = z.object({ code: z.string(), kind: z.string(), amount: Money, description: z.string() });

export const Order = z.object({
  id: z.string(),
  cartId: z.string(),
  email: z.string(),
  placedAt: z.iso.datetime(),
  status: z.enum(["paid", "shipped", "delivered"]),
  lines: z.array(
    z.object({ variantId: z.string(), productId: z.string(), title: z.string(), variantTitle: z.string(), quantity: z.number().int(), unitPrice: Money, lineTotal: Money }),
  ),
  subtotal: Money,
  discounts: z.array(OrderDiscount),
  shipping: z.object({ rateId: z.string(), name: z.string(), price: Money }),
  total: Money,
  paymentMethod: PaymentMethod,
  address: Address,
  attribution: z.object({ cs: z.string() }).nullable(),
});
export type Order = z.infer<typeof Order>;

export const Customer = z.object({
  id: z.string(),
  email: z.email(),
  name: z.string().optional(),
  hasAccount: z.boolean(),
  passwordHash: z.string().optional(),
  createdAt: z.iso.datetime(),
});
export type Customer = z.infer<typeof Customer>;

export const StoreState = z.object({
  version: z.literal(1),
  inventory: z.record(z.string(), z.number().int().nonnegative()),
  carts: z.record(z.string(), StoredCart),
  /** Keyed by lower-cased email. */
  customers: z.record(z.string(), Customer),
  orders: z.record(z.string(), Order),
  /** Order ids that used each coupon code. */
  couponUsage: z.record(z.string(), z.array(z.string())),
});
export type StoreState = z.infer<typeof StoreState>;
