/** The Shopify emulator's shop: catalogue, discounts, carts and customers, in EUR. Amounts in cents internally. */

export interface EmuVariant {
  id: string;
  title: string;
  sku: string;
  options: { name: string; value: string }[];
  price: number;
  /** null: inventory not tracked. */
  quantity: number | null;
}
export interface EmuProduct {
  id: string;
  title: string;
  handle: string;
  productType: string;
  description: string;
  variants: EmuVariant[];
}
export interface EmuDiscount {
  code: string;
  kind: "percent" | "fixed" | "free_shipping";
  value: number;
  minSubtotal: number;
  productType?: string;
  active: boolean;
  usageLimit: number | null;
  used: number;
}
export interface EmuCart {
  token: string;
  key: string;
  lines: { id: string; variantId: string; quantity: number }[];
  codes: string[];
  email: string | null;
  phone: string | null;
  countryCode: string | null;
  address: { countryCode: string; zip?: string } | null;
  updatedAt: string;
}

const variant = (id: number, product: string, size: string, price: number, quantity: number | null, color?: string): EmuVariant => ({
  id: `gid://shopify/ProductVariant/${id}`,
  title: color ? `${size} / ${color}` : size,
  sku: `${product}-${size}`.toUpperCase(),
  options: [{ name: "Size", value: size }, ...(color ? [{ name: "Color", value: color }] : [])],
  price,
  quantity,
});

export function seedShop() {
  const products: EmuProduct[] = [
    {
      id: "gid://shopify/Product/1",
      title: "Organic Cotton Tee",
      handle: "organic-cotton-tee",
      productType: "T-Shirts",
      description: "A soft tee of organic cotton.",
      variants: [variant(11, "tee", "S", 2900, 10, "White"), variant(12, "tee", "M", 2900, 8, "White"), variant(13, "tee", "L", 2900, 0, "White")],
    },
    {
      id: "gid://shopify/Product/2",
      title: "Trail Runner",
      handle: "trail-runner",
      productType: "Shoes",
      description: "A trail running shoe.",
      variants: [variant(21, "runner", "42", 13900, 2), variant(22, "runner", "42.5", 13900, 0), variant(23, "runner", "43", 13900, null)],
    },
  ];
  const discounts: EmuDiscount[] = [
    { code: "SAVE10", kind: "percent", value: 10, minSubtotal: 5000, active: true, usageLimit: null, used: 0 },
    { code: "FREESHIP", kind: "free_shipping", value: 0, minSubtotal: 3000, active: true, usageLimit: null, used: 0 },
    { code: "SUMMER24", kind: "percent", value: 20, minSubtotal: 0, active: false, usageLimit: null, used: 0 },
    { code: "VIP20", kind: "percent", value: 20, minSubtotal: 0, active: true, usageLimit: 1, used: 1 },
    { code: "SHOES15", kind: "percent", value: 15, minSubtotal: 0, productType: "Shoes", active: true, usageLimit: null, used: 0 },
  ];
  const carts = new Map<string, EmuCart>();
  const customers = [
    {
      id: "gid://shopify/Customer/7",
      email: "vip@example.com",
      orders: [{ id: "gid://shopify/Order/900", name: "#1001", createdAt: "2026-10-01T10:00:00Z", total: "139.00", productId: "gid://shopify/Product/2", title: "Trail Runner", variantTitle: "42" }],
    },
  ];
  return { products, discounts, carts, customers, shipsTo: ["DE", "AT", "FR"] };
}
export type EmuShop = ReturnType<typeof seedShop>;

export const euros = (cents: number) => ({ amount: (cents / 100).toFixed(2), currencyCode: "EUR" });

export function findVariant(shop: EmuShop, id: string) {
  for (const product of shop.products) {
    const found = product.variants.find((v) => v.id === id);
    if (found) return { product, variant: found };
  }
  return null;
}
