import { type EmuCart, type EmuShop, euros, findVariant } from "./shopify-state.ts";

/** Storefront API resolvers over the emulator's state: graphql-js executes them against the real schema. */

const cartPrefix = "gid://shopify/Cart/";
const shopUrl = "https://acme.myshopify.com";

function evaluate(shop: EmuShop, cart: EmuCart, code: string) {
  const discount = shop.discounts.find((d) => d.code.toUpperCase() === code.toUpperCase());
  const subtotal = cart.lines.reduce((sum, line) => sum + (findVariant(shop, line.variantId)?.variant.price ?? 0) * line.quantity, 0);
  if (!discount) return { applicable: false, warning: "DISCOUNT_NOT_FOUND", amount: 0 };
  if (!discount.active) return { applicable: false, warning: "DISCOUNT_CURRENTLY_INACTIVE", amount: 0 };
  if (discount.usageLimit !== null && discount.used >= discount.usageLimit) return { applicable: false, warning: "DISCOUNT_USAGE_LIMIT_REACHED", amount: 0 };
  const entitled = cart.lines
    .map((line) => ({ line, found: findVariant(shop, line.variantId) }))
    .filter(({ found }) => !discount.productType || found?.product.productType === discount.productType)
    .reduce((sum, { line, found }) => sum + (found?.variant.price ?? 0) * line.quantity, 0);
  if (discount.productType && entitled === 0) return { applicable: false, warning: "DISCOUNT_NO_ENTITLED_LINE_ITEMS", amount: 0 };
  if (subtotal < discount.minSubtotal) return { applicable: false, warning: "DISCOUNT_PURCHASE_NOT_IN_RANGE", amount: 0 };
  const amount = discount.kind === "percent" ? Math.round((entitled * discount.value) / 100) : discount.kind === "fixed" ? Math.min(entitled, discount.value) : 0;
  return { applicable: true, warning: null, amount, freeShipping: discount.kind === "free_shipping" };
}

function deliveryOptions(shop: EmuShop, cart: EmuCart) {
  if (!cart.address) return [];
  const freeShipping = cart.codes.some((code) => evaluate(shop, cart, code).freeShipping);
  const option = (handle: string, title: string, cents: number) => ({ handle, title, description: null, deliveryMethodType: "SHIPPING", estimatedCost: euros(cents) });
  if (cart.address.countryCode === "FR") return [option("intl", "International", freeShipping ? 0 : 1200)];
  return [option("standard", "Standard (2-4 business days)", freeShipping ? 0 : 495), option("express", "Express (1-2 business days)", 995)];
}

export function cartObject(shop: EmuShop, cart: EmuCart) {
  const lines = cart.lines.map((line) => {
    const found = findVariant(shop, line.variantId);
    if (!found) throw new Error(`emulator: unknown variant ${line.variantId}`);
    const { product, variant } = found;
    return {
      __typename: "CartLine",
      id: line.id,
      quantity: line.quantity,
      cost: { amountPerQuantity: euros(variant.price), totalAmount: euros(variant.price * line.quantity) },
      discountAllocations: [],
      merchandise: {
        __typename: "ProductVariant",
        id: variant.id,
        title: variant.title,
        quantityAvailable: variant.quantity,
        selectedOptions: variant.options,
        image: { url: `https://cdn.shopify.test/${product.handle}.jpg` },
        product: { id: product.id, title: product.title, handle: product.handle, productType: product.productType, onlineStoreUrl: null },
      },
    };
  });
  const subtotal = cart.lines.reduce((sum, line) => sum + (findVariant(shop, line.variantId)?.variant.price ?? 0) * line.quantity, 0);
  const evaluated = cart.codes.map((code) => ({ code, ...evaluate(shop, cart, code) }));
  const discount = evaluated.reduce((sum, e) => sum + e.amount, 0);
  return {
    id: `${cartPrefix}${cart.token}?key=${cart.key}`,
    checkoutUrl: `${shopUrl}/cart/c/${cart.token}?key=${cart.key}`,
    updatedAt: cart.updatedAt,
    buyerIdentity: { email: cart.email, phone: cart.phone, countryCode: cart.countryCode },
    cost: { subtotalAmount: euros(subtotal), totalAmount: euros(Math.max(0, subtotal - discount)) },
    discountCodes: evaluated.map((e) => ({ code: e.code, applicable: e.applicable })),
    discountAllocations: evaluated
      .filter((e) => e.applicable && e.amount > 0)
      .map((e) => ({ __typename: "CartCodeDiscountAllocation", code: e.code, discountedAmount: euros(e.amount) })),
    lines: { nodes: lines },
    deliveryGroups: { nodes: [{ deliveryOptions: deliveryOptions(shop, cart) }] },
  };
}

function productObject(product: EmuShop["products"][number]) {
  return {
    id: product.id,
    title: product.title,
    description: product.description,
    handle: product.handle,
    productType: product.productType,
    onlineStoreUrl: `${shopUrl}/products/${product.handle}`,
    featuredImage: { url: `https://cdn.shopify.test/${product.handle}.jpg` },
    variants: {
      nodes: product.variants.map((v) => ({
        id: v.id,
        title: v.title,
        sku: v.sku,
        availableForSale: v.quantity === null || v.quantity > 0,
        quantityAvailable: v.quantity,
        selectedOptions: v.options,
        price: euros(v.price),
      })),
    },
  };
}

export function storefrontRoot(shop: EmuShop) {
  let lineSeq = 100;
  const cartOf = (gid: string) => {
    const [token, key] = gid.replace(cartPrefix, "").split("?key=");
    const cart = shop.carts.get(token ?? "");
    return cart && cart.key === key ? cart : null;
  };
  const noCart = { cart: null, userErrors: [{ code: "INVALID", field: ["cartId"], message: "The specified cart does not exist." }], warnings: [] };
  const change = (cartId: string, apply: (cart: EmuCart) => { code: string; message: string; target: string }[]) => {
    const cart = cartOf(cartId);
    if (!cart) return noCart;
    const warnings = apply(cart);
    cart.updatedAt = new Date().toISOString();
    return { cart: cartObject(shop, cart), userErrors: [], warnings };
  };
  /** Shopify caps a line at what is in stock and warns. */
  const setQuantity = (cart: EmuCart, variantId: string, lineId: string | null, wanted: number) => {
    const found = findVariant(shop, variantId);
    const available = found?.variant.quantity ?? null;
    const quantity = available === null ? wanted : Math.min(wanted, available);
    const existing = lineId ? cart.lines.find((l) => l.id === lineId) : cart.lines.find((l) => l.variantId === variantId);
    if (quantity === 0) {
      if (existing) cart.lines = cart.lines.filter((l) => l !== existing);
      return wanted > 0 ? [{ code: "MERCHANDISE_OUT_OF_STOCK", message: "This item is out of stock.", target: variantId }] : [];
    }
    const line = existing ?? { id: `gid://shopify/CartLine/${++lineSeq}`, variantId, quantity };
    if (!existing) cart.lines.push(line);
    line.variantId = variantId;
    line.quantity = quantity;
    return quantity < wanted ? [{ code: "MERCHANDISE_NOT_ENOUGH_STOCK", message: `Only ${quantity} items were added to your cart due to availability.`, target: line.id }] : [];
  };
  let cartSeq = 0;
  return {
    /** A new cart, as the theme's first add to cart (or a headless storefront) makes it. */
    cartCreate: ({ input }: { input?: { lines?: { merchandiseId: string; quantity?: number }[] | null } | null }) => {
      const lines = input?.lines ?? [];
      if (lines.some((l) => !findVariant(shop, l.merchandiseId))) {
        return { cart: null, userErrors: [{ code: "INVALID_MERCHANDISE_LINE", field: ["input", "lines"], message: "The merchandise line was not found." }], warnings: [] };
      }
      const seq = ++cartSeq;
      const cart: EmuCart = { token: `c1-sf${seq}`, key: `k${seq}sf${Date.now().toString(36)}`, lines: [], codes: [], email: null, phone: null, countryCode: null, address: null, updatedAt: new Date().toISOString() };
      shop.carts.set(cart.token, cart);
      const warnings = lines.flatMap((l) => setQuantity(cart, l.merchandiseId, null, l.quantity ?? 1));
      return { cart: cartObject(shop, cart), userErrors: [], warnings };
    },
    cart: ({ id }: { id: string }) => {
      const cart = cartOf(id);
      return cart ? cartObject(shop, cart) : null;
    },
    product: ({ id }: { id: string }) => {
      const product = shop.products.find((p) => p.id === id);
      return product ? productObject(product) : null;
    },
    products: ({ first, query }: { first: number; query?: string | null }) => {
      const type = /product_type:"([^"]+)"/.exec(query ?? "")?.[1];
      const words = (query ?? "").replace(/product_type:"[^"]+"/, "").trim().toLowerCase();
      const matching = shop.products.filter((p) => (!type || p.productType === type) && (!words || p.title.toLowerCase().includes(words)));
      return { nodes: matching.slice(0, first).map(productObject) };
    },
    shop: {
      name: "Acme Outdoor",
      shipsToCountries: shop.shipsTo,
      refundPolicy: { title: "Refund policy", body: "<p>You can return items within <strong>30 days</strong> of delivery.</p><p>Returns within Germany are free.</p>", url: `${shopUrl}/policies/refund-policy` },
      shippingPolicy: { title: "Shipping policy", body: "<p>We ship to Germany, Austria and France.</p>", url: `${shopUrl}/policies/shipping-policy` },
      contactInformation: { body: "<p>hello@acme.example, Mon–Fri 9–17</p>" },
      paymentSettings: { acceptedCardBrands: ["VISA", "MASTERCARD"], supportedDigitalWallets: ["APPLE_PAY", "SHOPIFY_PAY"] },
      shopPayInstallmentsPricing: { minPrice: euros(5000), maxPrice: euros(1000000) },
    },
    cartLinesAdd: ({ cartId, lines }: { cartId: string; lines: { merchandiseId: string; quantity?: number }[] }) => {
      if (lines.some((l) => !findVariant(shop, l.merchandiseId))) {
        return { cart: null, userErrors: [{ code: "INVALID_MERCHANDISE_LINE", field: ["lines"], message: "The merchandise line was not found." }], warnings: [] };
      }
      return change(cartId, (cart) =>
        lines.flatMap((l) => {
          const current = cart.lines.find((x) => x.variantId === l.merchandiseId)?.quantity ?? 0;
          return setQuantity(cart, l.merchandiseId, null, current + (l.quantity ?? 1));
        }),
      );
    },
    cartLinesUpdate: ({ cartId, lines }: { cartId: string; lines: { id: string; quantity?: number; merchandiseId?: string }[] }) =>
      change(cartId, (cart) =>
        lines.flatMap((l) => {
          const line = cart.lines.find((x) => x.id === l.id);
          if (!line) return [];
          return setQuantity(cart, l.merchandiseId ?? line.variantId, line.id, l.quantity ?? line.quantity);
        }),
      ),
    cartLinesRemove: ({ cartId, lineIds }: { cartId: string; lineIds: string[] }) =>
      change(cartId, (cart) => {
        cart.lines = cart.lines.filter((l) => !lineIds.includes(l.id));
        return [];
      }),
    cartDiscountCodesUpdate: ({ cartId, discountCodes }: { cartId: string; discountCodes: string[] }) =>
      change(cartId, (cart) => {
        cart.codes = discountCodes;
        return discountCodes.flatMap((code) => {
          const result = evaluate(shop, cart, code);
          return result.warning ? [{ code: result.warning, message: `Enter a valid discount code (${code}).`, target: `${cartPrefix}${cart.token}` }] : [];
        });
      }),
    cartBuyerIdentityUpdate: ({ cartId, buyerIdentity }: { cartId: string; buyerIdentity: { email?: string; phone?: string; countryCode?: string } }) =>
      change(cartId, (cart) => {
        cart.email = buyerIdentity.email ?? cart.email;
        cart.phone = buyerIdentity.phone ?? cart.phone;
        cart.countryCode = buyerIdentity.countryCode ?? cart.countryCode;
        return [];
      }),
    cartDeliveryAddressesReplace: ({ cartId, addresses }: { cartId: string; addresses: { address: { deliveryAddress?: { countryCode?: string; zip?: string } } }[] }) =>
      change(cartId, (cart) => {
        const address = addresses[0]?.address.deliveryAddress;
        cart.address = address?.countryCode ? { countryCode: address.countryCode, ...(address.zip ? { zip: address.zip } : {}) } : null;
        return [];
      }),
  };
}
