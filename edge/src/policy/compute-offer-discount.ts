import type { Offer } from "../config/site-config.ts";
import type { Cart } from "../store/store-schemas.ts";

export interface DiscountContext {
  /** productId → category, for offers limited to collections. Unknown products are not eligible. */
  categories: Record<string, string>;
  /** Upper-cased free-shipping code → what it is worth on this cart (shipping-value.ts); null: unknown. */
  shippingValues: Record<string, number | null>;
}

/** Subtotal (minor units) of the lines an offer applies to. */
export function eligibleSubtotal(offer: Offer, cart: Cart, context: DiscountContext): number {
  if (offer.collections.length === 0) return cart.subtotal.amount;
  return cart.lines
    .filter((line) => {
      const category = context.categories[line.productId];
      return category !== undefined && offer.collections.includes(category);
    })
    .reduce((sum, line) => sum + line.lineTotal.amount, 0);
}

/**
 * What the offer would take off this cart, in minor units (never more than the eligible lines);
 * null when free shipping cannot be valued (no rates), which the engine treats as too much.
 */
export function computeOfferDiscount(offer: Offer, cart: Cart, context: DiscountContext): number | null {
  if (offer.kind === "free_shipping") return context.shippingValues[offer.code.toUpperCase()] ?? null;
  const eligible = eligibleSubtotal(offer, cart, context);
  if (eligible <= 0) return 0;
  return offer.kind === "percent" ? Math.min(eligible, Math.round((eligible * offer.value) / 100)) : Math.min(eligible, offer.value);
}

/**
 * Sum of the discounts already on the cart. A free-shipping code shows 0 until a rate is chosen,
 * so it counts at what it is worth (context.shippingValues); unknown worth counts as the subtotal.
 */
export function existingDiscount(cart: Cart, context: Pick<DiscountContext, "shippingValues">): number {
  return cart.discounts.reduce((sum, discount) => {
    const code = discount.code.toUpperCase();
    if (!(code in context.shippingValues) && discount.kind !== "free_shipping") return sum + discount.amount.amount;
    const worth = context.shippingValues[code] ?? cart.subtotal.amount;
    return sum + Math.max(discount.amount.amount, worth);
  }, 0);
}

/** The most the whole cart may be discounted under the site's cap (minor units). */
export function discountCap(maxDiscountPercent: number, cart: Cart): number {
  return Math.floor((cart.subtotal.amount * maxDiscountPercent) / 100);
}
