import { catalog, findVariant } from "../catalog/catalog.ts";
import { findCoupon } from "../catalog/coupons.ts";
import { computeTotals } from "../domain/cart-math.ts";
import { eur } from "../domain/money.ts";
import type { Address, Order, StoreState } from "../domain/store-state.ts";

/**
 * First-run state: full inventory, two returning customers and their past orders. One of them
 * redeemed the single-use VIP20 code, so it is "already used" from the start.
 */
export function seedState(): StoreState {
  const inventory = Object.fromEntries(catalog.flatMap((p) => p.variants.map((v) => [v.id, v.initialInventory])));
  const vip = pastOrder("ord_seed_vip", "vip@example.com", "2026-03-14T10:12:00Z", ["merino-crew-sweater--m-oatmeal", "leather-sneaker--42-white"], "VIP20", {
    name: "Vera Ivanova",
    line1: "Torstraße 101",
    city: "Berlin",
    postalCode: "10119",
    country: "DE",
  });
  const anna = pastOrder("ord_seed_anna", "anna@example.com", "2026-06-02T17:40:00Z", ["organic-cotton-tee--m-white"], null, {
    name: "Anna Schmidt",
    line1: "Rue de Rivoli 12",
    city: "Paris",
    postalCode: "75001",
    country: "FR",
  });
  return {
    version: 1,
    inventory,
    carts: {},
    customers: {
      "vip@example.com": { id: "cus_seed_vip", email: "vip@example.com", name: "Vera Ivanova", hasAccount: true, createdAt: "2025-11-02T09:00:00Z" },
      "anna@example.com": { id: "cus_seed_anna", email: "anna@example.com", name: "Anna Schmidt", hasAccount: false, createdAt: "2026-06-02T17:40:00Z" },
    },
    orders: { [vip.id]: vip, [anna.id]: anna },
    couponUsage: { VIP20: [vip.id] },
  };
}

function pastOrder(id: string, email: string, placedAt: string, variantIds: string[], couponCode: string | null, address: Address): Order {
  const lines = variantIds.map((variantId) => {
    const found = findVariant(variantId);
    if (!found) throw new Error(`seed: unknown variant ${variantId}`);
    return { found, category: found.product.category, quantity: 1, unitPrice: found.variant.price };
  });
  const coupon = couponCode ? findCoupon(couponCode) : undefined;
  const totals = computeTotals(lines, coupon ? [coupon] : [], { kind: "standard", price: 0, country: "DE" });
  return {
    id,
    cartId: `cart_${id}`,
    email,
    placedAt,
    status: "delivered",
    lines: lines.map((l) => ({
      variantId: l.found.variant.id,
      productId: l.found.product.id,
      title: l.found.product.title,
      variantTitle: l.found.variant.title,
      quantity: l.quantity,
      unitPrice: eur(l.unitPrice),
      lineTotal: eur(l.unitPrice * l.quantity),
    })),
    subtotal: eur(totals.subtotal),
    discounts: totals.discounts.map((d) => ({ ...d, amount: eur(d.amount) })),
    shipping: { rateId: `${address.country.toLowerCase()}-standard`, name: "Standard", price: eur(0) },
    total: eur(totals.total),
    paymentMethod: "card",
    address,
    attribution: null,
  };
}
