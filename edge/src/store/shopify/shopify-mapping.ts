import type { Cart, CartDiscount, Money, Product, VariantOptions } from "../store-schemas.ts";
import type { SfCart, SfProduct } from "./storefront-schemas.ts";

const cartPrefix = "gid://shopify/Cart/";

/** The page passes the cart token from /cart.js ("<token>?key=<key>"); the Storefront API wants a Cart gid. */
export function cartGid(cartId: string): string {
  return cartId.startsWith(cartPrefix) ? cartId : `${cartPrefix}${cartId}`;
}

/** The token the page and the order webhook (`cart_token`, without `?key=`) know the cart by. */
export function cartToken(gid: string): string {
  return gid.startsWith(cartPrefix) ? gid.slice(cartPrefix.length) : gid;
}

/**
 * Variants whose inventory Shopify does not track (or that keep selling when sold out) report no
 * count; they never run out, so they count as this many in stock.
 */
export const untrackedStock = 999;

/** Shopify option names ("Size", "Color") lowercased; the "Title: Default Title" of single-variant products dropped. */
export function optionsOf(selected: { name: string; value: string }[]): VariantOptions {
  const options: VariantOptions = {};
  for (const { name, value } of selected) {
    if (name === "Title" && value === "Default Title") continue;
    options[name.toLowerCase()] = value;
  }
  return options;
}

function stock(available: boolean, quantity: number | null | undefined): number {
  if (quantity === null || quantity === undefined) return available ? untrackedStock : 0;
  return Math.max(0, quantity);
}

function productUrl(shop: string, handle: string, onlineStoreUrl: string | null | undefined): string {
  return onlineStoreUrl ?? `${shop}/products/${encodeURIComponent(handle)}`;
}

/** Code discounts summed per applicable code, over cart- and line-level allocations. */
function discountsOf(cart: SfCart, currency: string): CartDiscount[] {
  const allocations = [...cart.discountAllocations, ...cart.lines.nodes.flatMap((line) => line.discountAllocations)];
  return cart.discountCodes
    .filter((code) => code.applicable)
    .map((code) => {
      const matching = allocations.filter((a) => a.code?.toUpperCase() === code.code.toUpperCase());
      const amount: Money = { amount: matching.reduce((sum, a) => sum + a.discountedAmount.amount, 0), currency };
      return { code: code.code, amount, description: code.code };
    });
}

export function toCart(cart: SfCart, shop: string): Cart {
  const currency = cart.cost.subtotalAmount.currency;
  return {
    id: cartToken(cart.id),
    status: "open",
    currency,
    lines: cart.lines.nodes.map((line) => {
      const variant = line.merchandise;
      return {
        id: line.id,
        variantId: variant.id,
        productId: variant.product.id,
        title: variant.product.title,
        variantTitle: variant.title,
        quantity: line.quantity,
        unitPrice: line.cost.amountPerQuantity,
        lineTotal: line.cost.totalAmount,
        category: variant.product.productType,
        options: optionsOf(variant.selectedOptions),
        inventory: stock(true, variant.quantityAvailable),
        ...(variant.image ? { image: variant.image.url } : {}),
        url: productUrl(shop, variant.product.handle, variant.product.onlineStoreUrl),
      };
    }),
    subtotal: cart.cost.subtotalAmount,
    discounts: discountsOf(cart, currency),
    shipping: null,
    total: cart.cost.totalAmount,
    url: `${shop}/cart`,
    customer: {
      email: cart.buyerIdentity.email ?? null,
      phone: cart.buyerIdentity.phone ?? null,
      country: cart.buyerIdentity.countryCode ?? null,
      postalCode: null,
      consent: { email: false, sms: false, whatsapp: false },
    },
  };
}

export function toProduct(product: SfProduct, shop: string): Product {
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    category: product.productType,
    url: productUrl(shop, product.handle, product.onlineStoreUrl),
    image: product.featuredImage?.url ?? "",
    attributes: {},
    sizeGuide: null,
    variants: product.variants.nodes.map((variant) => ({
      id: variant.id,
      sku: variant.sku ?? "",
      title: variant.title,
      options: optionsOf(variant.selectedOptions),
      price: variant.price,
      inventory: stock(variant.availableForSale, variant.quantityAvailable),
    })),
  };
}
