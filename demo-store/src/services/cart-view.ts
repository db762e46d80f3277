import { findVariant } from "../catalog/catalog.ts";
import { findCoupon } from "../catalog/coupons.ts";
import type { Cart } from "../domain/cart.ts";
import { computeTotals, type CartTotals } from "../domain/cart-math.ts";
import type { Coupon } from "../domain/coupon.ts";
import { eur } from "../domain/money.ts";
import type { CatalogProduct, CatalogVariant } from "../domain/product.ts";
import { findRate, quoteRates } from "../domain/shipping.ts";
import type { StoreState, StoredCart } from "../domain/store-state.ts";

export interface PricedCart {
  lines: { lineId: string; variantId: string; quantity: number; product: CatalogProduct; variant: CatalogVariant }[];
  coupons: Coupon[];
  totals: CartTotals;
  shipping: { rateId: string; name: string; price: number; minDays: number; maxDays: number } | null;
}

/** Prices a stored cart: lines from the catalog, coupons, and the chosen shipping rate if any. */
export function priceCart(cart: StoredCart): PricedCart {
  const lines = cart.lines.flatMap((line) => {
    const found = findVariant(line.variantId);
    return found ? [{ lineId: line.id, variantId: line.variantId, quantity: line.quantity, ...found }] : [];
  });
  const coupons = cart.couponCodes.flatMap((code) => findCoupon(code) ?? []);
  const inputs = lines.map((l) => ({ category: l.product.category, quantity: l.quantity, unitPrice: l.variant.price }));
  const merchandise = computeTotals(inputs, coupons, null).merchandiseTotal;
  const chosen = cart.checkout.shippingRateId ? findRate(cart.checkout.shippingRateId) : undefined;
  const quote = chosen ? quoteRates(chosen.country, merchandise, false).find((r) => r.id === chosen.rate.id) : undefined;
  const totals = computeTotals(inputs, coupons, quote && chosen ? { kind: quote.kind, price: quote.price, country: chosen.country } : null);
  const shipping = quote ? { rateId: quote.id, name: quote.name, price: quote.price, minDays: quote.minDays, maxDays: quote.maxDays } : null;
  return { lines, coupons, totals, shipping };
}

export function toCartView(state: StoreState, cart: StoredCart, publicUrl: string): Cart {
  const priced = priceCart(cart);
  return {
    id: cart.id,
    status: cart.status,
    currency: "EUR",
    lines: priced.lines.map((l, i) => ({
      id: l.lineId,
      variantId: l.variantId,
      productId: l.product.id,
      title: l.product.title,
      variantTitle: l.variant.title,
      category: l.product.category,
      options: l.variant.options,
      quantity: l.quantity,
      unitPrice: eur(l.variant.price),
      lineTotal: eur(priced.totals.lineTotals[i] ?? 0),
      inventory: state.inventory[l.variantId] ?? 0,
      image: `${publicUrl}/images/${l.product.id}.svg`,
      url: `${publicUrl}/products/${l.product.id}`,
    })),
    itemCount: priced.lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: eur(priced.totals.subtotal),
    discounts: priced.totals.discounts.map((d) => ({ ...d, amount: eur(d.amount) })),
    shipping: priced.shipping ? { ...priced.shipping, price: eur(priced.shipping.price) } : null,
    total: eur(priced.totals.total),
    customer: cart.customer,
    url: `${publicUrl}/cart`,
    ...(cart.orderId ? { orderId: cart.orderId } : {}),
    updatedAt: cart.updatedAt,
  };
}
