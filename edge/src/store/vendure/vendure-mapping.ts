import { levelInStock } from "../capabilities.ts";
import type { Cart, Product, VariantOptions } from "../store-schemas.ts";
import type { VOrder, VProduct } from "./vendure-schemas.ts";

/**
 * The Shop API shows stock only as a level. As inventory: sold out 0, low 1 (at least one), in
 * stock 999 (enough; the exact count is not public).
 */
export function stockFromLevel(level: string): number {
  if (level === "OUT_OF_STOCK") return 0;
  if (level === "LOW_STOCK") return 1;
  return levelInStock;
}

/** Option group names ("Size") lowercased; group codes are product-specific ("trail-runner-size"). */
function options(list: { name: string; group: { name: string } }[]): VariantOptions {
  return Object.fromEntries(list.map((o) => [o.group.name.toLowerCase(), o.name]));
}

/** Discounts whose promotion came from a coupon code are that code's; Vendure's `discounts` carry the amounts. */
export function toCart(order: VOrder, token: string, shop: string): Cart {
  const currency = order.currencyCode;
  const money = (amount: number) => ({ amount, currency });
  const couponPromotions = order.promotions.filter((p) => p.couponCode);
  return {
    id: token,
    status: order.state === "AddingItems" || order.state === "ArrangingPayment" ? "open" : "ordered",
    currency,
    lines: order.lines.map((line) => ({
      id: line.id,
      variantId: line.productVariant.id,
      productId: line.productVariant.product.id,
      title: line.productVariant.product.name,
      variantTitle: line.productVariant.name,
      quantity: line.quantity,
      unitPrice: money(line.unitPriceWithTax),
      lineTotal: money(line.linePriceWithTax),
      options: options(line.productVariant.options),
      inventory: stockFromLevel(line.productVariant.stockLevel),
      ...(line.featuredAsset ? { image: line.featuredAsset.preview } : {}),
      url: `${shop}/product/${line.productVariant.product.slug}`,
    })),
    subtotal: money(order.subTotalWithTax + order.discounts.reduce((s, d) => s - d.amountWithTax, 0)),
    discounts: couponPromotions.map((p) => ({
      code: p.couponCode ?? "",
      amount: money(-order.discounts.filter((d) => d.description === p.name).reduce((s, d) => s + d.amountWithTax, 0)),
      description: p.name,
    })),
    shipping: null,
    total: money(order.subTotalWithTax),
    url: `${shop}/cart`,
    customer: {
      email: order.customer?.emailAddress ?? null,
      phone: order.customer?.phoneNumber ?? null,
      country: order.shippingAddress?.countryCode ?? null,
      postalCode: order.shippingAddress?.postalCode ?? null,
      consent: { email: false, sms: false, whatsapp: false },
    },
  };
}

export function toProduct(product: VProduct, shop: string): Product {
  return {
    id: product.id,
    title: product.name,
    description: product.description.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim(),
    category: product.facetValues.find((f) => f.facet.code === "category")?.name ?? "",
    url: `${shop}/product/${product.slug}`,
    image: product.featuredAsset?.preview ?? "",
    attributes: {},
    sizeGuide: null,
    variants: product.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      title: v.name,
      options: options(v.options),
      price: { amount: v.priceWithTax, currency: v.currencyCode },
      inventory: stockFromLevel(v.stockLevel),
    })),
  };
}
