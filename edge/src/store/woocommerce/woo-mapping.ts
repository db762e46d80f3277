import type { Cart, CustomerHistory, Product, Variant, VariantOptions } from "../store-schemas.ts";
import { toMinor } from "../decimal-money.ts";
import type { WooCart, WooProduct, WooVariation } from "./woo-schemas.ts";

/** Variations that do not manage stock never run out; they count as this many in stock. */
export const untrackedStock = 999;

/** "pa_size" (global attribute) or "Size" (product attribute) → "size". */
export function optionName(attribute: string): string {
  return attribute.replace(/^(attribute_)?pa_/, "").toLowerCase();
}

function options(pairs: { name: string; value: string }[]): VariantOptions {
  return Object.fromEntries(pairs.map((p) => [optionName(p.name), p.value]));
}

/** The cart as the agent sees it; `total` is the merchandise after coupons (shipping and tax are the checkout's). */
export function toCart(cart: WooCart, token: string, parents: Map<number, number>, shop: string): Cart {
  const currency = cart.totals.currency_code;
  const money = (amount: number) => ({ amount, currency });
  const subtotal = cart.totals.total_items;
  return {
    id: token,
    status: "open",
    currency,
    lines: cart.items.map((item) => ({
      id: item.key,
      variantId: String(item.id),
      productId: String(parents.get(item.id) ?? item.id),
      title: item.name,
      variantTitle: item.variation.map((v) => v.value).join(" / ") || item.name,
      quantity: item.quantity,
      unitPrice: money(item.prices.price),
      lineTotal: money(item.totals.line_subtotal),
      options: options(item.variation.map((v) => ({ name: v.attribute, value: v.value }))),
      ...(item.low_stock_remaining != null ? { inventory: item.low_stock_remaining } : {}),
      ...(item.images[0] ? { image: item.images[0].src } : {}),
      ...(item.permalink ? { url: item.permalink } : {}),
    })),
    subtotal: money(subtotal),
    discounts: cart.coupons.map((c) => ({ code: c.code, amount: money(c.totals.total_discount), description: c.code })),
    shipping: null,
    total: money(Math.max(0, subtotal - cart.totals.total_discount)),
    url: `${shop}/cart/`,
    customer: {
      email: cart.billing_address.email || null,
      phone: cart.billing_address.phone || null,
      country: cart.shipping_address.country || null,
      postalCode: cart.shipping_address.postcode || null,
      consent: { email: false, sms: false, whatsapp: false },
    },
  };
}

function stock(manage: boolean | "parent", quantity: number | null, status: string): number {
  if (manage === true || manage === "parent") return Math.max(0, quantity ?? 0);
  return status === "outofstock" ? 0 : untrackedStock;
}

export function toVariant(v: WooVariation, currency: string): Variant {
  const opts = options(v.attributes.map((a) => ({ name: a.name, value: a.option })));
  return {
    id: String(v.id),
    sku: v.sku,
    title: Object.values(opts).join(" / "),
    options: opts,
    price: { amount: toMinor(v.price, currency) ?? 0, currency },
    inventory: stock(v.manage_stock, v.stock_quantity, v.stock_status),
  };
}

export function toProduct(product: WooProduct, variants: Variant[]): Product {
  return {
    id: String(product.id),
    title: product.name,
    description: (product.short_description || product.description).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim(),
    category: product.categories[0]?.name ?? "",
    url: product.permalink,
    image: product.images[0]?.src ?? "",
    attributes: {},
    sizeGuide: null,
    variants,
  };
}

export interface WooOrder {
  id: number;
  number?: string;
  currency: string;
  total: string;
  status: string;
  date_created_gmt: string;
  line_items: { product_id: number; name: string; quantity: number }[];
}

export function toHistory(email: string, orders: WooOrder[]): CustomerHistory {
  return {
    customer: { email },
    orders: orders.map((o) => ({
      id: String(o.id),
      total: { amount: toMinor(o.total, o.currency) ?? 0, currency: o.currency },
      placedAt: `${o.date_created_gmt}Z`,
      status: o.status,
      lines: o.line_items.map((l) => ({ productId: String(l.product_id), title: l.name, variantTitle: "", quantity: l.quantity })),
    })),
  };
}
