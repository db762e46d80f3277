import type { Offer } from "../config/site-config.ts";
import type { Cart } from "../store/store-schemas.ts";

export interface DiscountContext {
  /** productId → category, for offers limited to collections. Unknown products are not eligible. */
  categories: Record<string, string>;
  /** Price of the cheapest shipping rate for this cart (minor units), null when unknown. */
  cheapestShipping: number | null;
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

/** What the offer would take off this cart, in minor units (never more than the eligible lines). */
export function computeOfferDiscount(offer: Offer, cart: Cart, context: DiscountContext): number {
  const eligible = eligibleSubtotal(offer, cart, context);
  if (eligible <= 0) return 0;
  switch (offer.kind) {
    case "percent":
      return Math.min(eligible, Math.round((eligible * offer.value) / 100));
    case "fixed":
      return Math.min(eligible, offer.value);
    case "free_shipping":
      return Math.max(0, context.cheapestShipping ?? 0);
  }
}

/** Sum of the discounts already on the cart. */
export function existingDiscount(cart: Cart): number {
  return cart.discounts.reduce((sum, discount) => sum + discount.amount.amount, 0);
}

/** The most the whole cart may be discounted under the site's cap (minor units). */
export function discountCap(maxDiscountPercent: number, cart: Cart): number {
  return Math.floor((cart.subtotal.amount * maxDiscountPercent) / 100);
}
