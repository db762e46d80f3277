import type { CartGrant, CartOffers } from "../../src/policy/cart-offers.ts";

/**
 * The offer ledger of many carts in memory, with the D1 ledger's semantics: a claim checks and
 * takes its slot in one step, so sessions sharing it race the way they do on D1.
 */
export function createMemoryOfferBook() {
  const rows: (CartGrant & { cartId: string })[] = [];
  return {
    rows,
    forCart(cartId: string, customerId: string | null = null): CartOffers {
      return {
        async granted() {
          return {
            cart: rows.filter((r) => r.cartId === cartId),
            customer: rows.filter((r) => r.cartId !== cartId && customerId !== null && r.customerId === customerId),
          };
        },
        async claim(grant, rule) {
          const onCart = rows.filter((r) => r.cartId === cartId);
          if (onCart.length >= rule.maxOffersPerCart || onCart.some((r) => r.offerId === grant.offerId)) return false;
          if (rule.onePerCustomer && customerId !== null && rows.some((r) => r.customerId === customerId && r.offerId === grant.offerId)) return false;
          rows.push({ ...grant, cartId, customerId });
          return true;
        },
        async confirm(offerId, amount) {
          const row = rows.find((r) => r.cartId === cartId && r.offerId === offerId);
          if (row) row.amount = amount;
        },
        async release(offerId) {
          const index = rows.findIndex((r) => r.cartId === cartId && r.offerId === offerId);
          if (index >= 0) rows.splice(index, 1);
        },
      };
    },
  };
}
