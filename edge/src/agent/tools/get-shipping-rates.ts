import { tool } from "ai";
import { z } from "zod";
import type { Cart, Money, ShippingRate } from "../../store/store-schemas.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

/** How much more the cart needs for free shipping; null when no rate has a threshold. */
function amountToFreeShipping(cart: Cart, rates: ShippingRate[]): Money | null {
  const merchandise = Math.max(0, cart.subtotal.amount - cart.discounts.reduce((s, d) => s + d.amount.amount, 0));
  const gaps = rates.flatMap((rate) => (rate.freeOver ? [Math.max(0, rate.freeOver.amount - merchandise)] : []));
  if (gaps.length === 0) return null;
  return { amount: Math.min(...gaps), currency: cart.currency };
}

const inputSchema = toolInput(z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "ISO 3166 alpha-2 country code")
    .transform((c) => c.toUpperCase())
    .optional(),
  postalCode: z.string().max(16).optional(),
}));

export function getShippingRatesTool(ctx: ToolContext) {
  return tool({
    description:
      "Shipping options for this cart: price, delivery days, the free-shipping threshold and how much is missing to reach it. Country defaults to the shopper's, else DE.",
    inputSchema,
    execute: async ({ country, postalCode }) => {
      const cart = await ctx.store.getCart(ctx.session.cartId);
      if (!cart.ok) return cart;
      const destination = country ?? cart.value.customer.country ?? "DE";
      const rates = await ctx.store.getShippingRates({
        cartId: cart.value.id,
        country: destination,
        postalCode: postalCode ?? cart.value.customer.postalCode ?? undefined,
      });
      if (!rates.ok) return rates;
      await ctx.ledger.markAddressed("shipping_cost");
      await ctx.ledger.markAddressed("delivery_time");
      // Pointing at the free-shipping threshold is a no-discount answer to a price concern.
      await ctx.ledger.markAddressed("price_discount");
      return {
        ok: true as const,
        country: destination,
        rates: rates.value,
        cartSubtotal: cart.value.subtotal,
        amountToFreeShipping: amountToFreeShipping(cart.value, rates.value),
      };
    },
  });
}
