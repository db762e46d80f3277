import { z } from "zod";
import { toMinor } from "../decimal-money.ts";

/** Storefront API response shapes, as the operations in storefront-operations.ts select them. */

export const MoneyV2 = z
  .object({ amount: z.string(), currencyCode: z.string().length(3) })
  .transform((m, ctx) => {
    const amount = toMinor(m.amount, m.currencyCode);
    if (amount === null) {
      ctx.addIssue({ code: "custom", message: `not a decimal amount: ${m.amount}` });
      return z.NEVER;
    }
    return { amount, currency: m.currencyCode };
  });

const Allocation = z.object({ discountedAmount: MoneyV2, code: z.string().optional() });
const SelectedOption = z.object({ name: z.string(), value: z.string() });

export const SfCart = z.object({
  id: z.string(),
  checkoutUrl: z.string(),
  updatedAt: z.string(),
  buyerIdentity: z.object({ email: z.string().nullish(), phone: z.string().nullish(), countryCode: z.string().nullish() }),
  cost: z.object({ subtotalAmount: MoneyV2, totalAmount: MoneyV2 }),
  discountCodes: z.array(z.object({ code: z.string(), applicable: z.boolean() })),
  discountAllocations: z.array(Allocation),
  lines: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        quantity: z.number().int(),
        cost: z.object({ amountPerQuantity: MoneyV2, totalAmount: MoneyV2 }),
        discountAllocations: z.array(Allocation),
        merchandise: z.object({
          id: z.string(),
          title: z.string(),
          quantityAvailable: z.number().int().nullish(),
          selectedOptions: z.array(SelectedOption),
          image: z.object({ url: z.string() }).nullish(),
          product: z.object({ id: z.string(), title: z.string(), handle: z.string(), productType: z.string(), onlineStoreUrl: z.string().nullish() }),
        }),
      }),
    ),
  }),
});
export type SfCart = z.infer<typeof SfCart>;

export const SfProduct = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  handle: z.string(),
  productType: z.string(),
  onlineStoreUrl: z.string().nullish(),
  featuredImage: z.object({ url: z.string() }).nullish(),
  variants: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        sku: z.string().nullish(),
        availableForSale: z.boolean(),
        quantityAvailable: z.number().int().nullish(),
        selectedOptions: z.array(SelectedOption),
        price: MoneyV2,
      }),
    ),
  }),
});
export type SfProduct = z.infer<typeof SfProduct>;

export const UserError = z.object({ code: z.string().nullish(), field: z.array(z.string()).nullish(), message: z.string() });

export const CartWarning = z.object({ code: z.string(), message: z.string(), target: z.string() });
export type CartWarning = z.infer<typeof CartWarning>;

export const CartPayload = z.object({ cart: SfCart.nullable(), userErrors: z.array(UserError), warnings: z.array(CartWarning) });

export const DeliveryOption = z.object({
  handle: z.string(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  deliveryMethodType: z.string(),
  estimatedCost: MoneyV2,
});
export type DeliveryOption = z.infer<typeof DeliveryOption>;

export const DeliveryPayload = z.object({
  cart: z.object({ deliveryGroups: z.object({ nodes: z.array(z.object({ deliveryOptions: z.array(DeliveryOption) })) }) }).nullable(),
  userErrors: z.array(UserError),
});

const ShopPolicy = z.object({ title: z.string(), body: z.string(), url: z.string() }).nullable();

export const SfShop = z.object({
  name: z.string(),
  refundPolicy: ShopPolicy,
  shippingPolicy: ShopPolicy,
  contactInformation: z.object({ body: z.string() }).nullable(),
  paymentSettings: z.object({ acceptedCardBrands: z.array(z.string()), supportedDigitalWallets: z.array(z.string()) }),
  shopPayInstallmentsPricing: z.object({ minPrice: MoneyV2, maxPrice: MoneyV2 }).nullable(),
});
export type SfShop = z.infer<typeof SfShop>;
