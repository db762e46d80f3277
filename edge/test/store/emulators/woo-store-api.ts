import { decimal, eur, type WooEmuSession, type WooShop } from "./woo-state.ts";

/** Store API v1 responses (cart, products) and its documented errors. */

export class WooRouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const product = (shop: WooShop, id: number) => shop.products.find((p) => p.id === id);

export function lineSubtotal(shop: WooShop, s: WooEmuSession): number {
  return s.items.reduce((sum, i) => sum + (product(shop, i.id)?.price ?? 0) * i.quantity, 0);
}

function couponDiscount(shop: WooShop, s: WooEmuSession, code: string): number {
  const coupon = shop.coupons.find((c) => c.code === code);
  if (!coupon) return 0;
  const eligible = s.items
    .filter((i) => !coupon.category || product(shop, i.id)?.category === coupon.category)
    .reduce((sum, i) => sum + (product(shop, i.id)?.price ?? 0) * i.quantity, 0);
  return coupon.kind === "percent" ? Math.round((eligible * coupon.amount) / 100) : Math.min(eligible, coupon.amount);
}

/** Why WooCommerce refuses a coupon, in WC_Coupon's own words. */
export function couponError(shop: WooShop, s: WooEmuSession, code: string): string | null {
  const coupon = shop.coupons.find((c) => c.code === code);
  if (!coupon) return `Coupon "${code}" cannot be applied because it does not exist.`;
  if (s.coupons.includes(code)) return `Coupon code "${code}" already applied!`;
  if (coupon.expires && Date.parse(`${coupon.expires}Z`) < Date.now()) return "This coupon has expired.";
  if (coupon.usageLimit !== null && coupon.usageCount >= coupon.usageLimit) return "Coupon usage limit has been reached.";
  if (lineSubtotal(shop, s) < coupon.minimum) return `The minimum spend for this coupon is ${decimal(coupon.minimum).replace(".", ",")} €.`;
  if (coupon.category && !s.items.some((i) => product(shop, i.id)?.category === coupon.category)) return "Sorry, this coupon is not applicable to selected products.";
  return null;
}

function rates(shop: WooShop, s: WooEmuSession) {
  const zone = shop.zones.find((z) => z.countries.includes(s.country));
  if (!zone || s.items.length === 0) return [];
  const free = s.coupons.some((code) => shop.coupons.find((c) => c.code === code)?.freeShipping);
  const rate = (rate_id: string, name: string, delivery_time: string, price: number, method_id = "flat_rate") => ({
    rate_id, name, description: "", delivery_time, price: String(price), taxes: "0", instance_id: Number(rate_id.split(":")[1]), method_id, meta_data: [], selected: false, ...eur,
  });
  if (zone.id === 2) return [rate("flat_rate:3", "International", "", free ? 0 : 1200)];
  return [rate("flat_rate:1", "Standard", "2-4 business days", free ? 0 : 495), rate("flat_rate:2", "Express", "1-2 business days", 995), rate("local_pickup:4", "Local pickup", "", 0, "local_pickup")];
}

export function cartJson(shop: WooShop, s: WooEmuSession) {
  const items = s.items.map((i) => {
    const p = product(shop, i.id);
    if (!p) throw new Error(`emulator: no product ${i.id}`);
    return {
      key: i.key, id: p.id, quantity: i.quantity, quantity_limits: { minimum: 1, maximum: 9999, multiple_of: 1, editable: true },
      name: p.name, short_description: "", description: "", sku: `SKU-${p.id}`,
      low_stock_remaining: p.stock !== null && p.stock <= 2 ? p.stock : null, backorders_allowed: false, show_backorder_badge: false, sold_individually: false,
      permalink: `https://woo.example/product/${p.slug}/`, images: [{ id: p.id, src: `https://woo.example/wp-content/uploads/${p.slug}.jpg`, thumbnail: "", srcset: "", sizes: "", name: "", alt: "" }],
      variation: p.size ? [{ attribute: "Size", value: p.size }] : [], item_data: [],
      prices: { price: String(p.price), regular_price: String(p.price), sale_price: String(p.price), price_range: null, ...eur, raw_prices: { precision: 6, price: String(p.price * 10000), regular_price: String(p.price * 10000), sale_price: String(p.price * 10000) } },
      totals: { line_subtotal: String(p.price * i.quantity), line_subtotal_tax: "0", line_total: String(p.price * i.quantity), line_total_tax: "0", ...eur },
      catalog_visibility: "visible", extensions: {},
    };
  });
  const subtotal = lineSubtotal(shop, s);
  const discounts = s.coupons.map((code) => ({ code, amount: couponDiscount(shop, s, code) }));
  const discount = discounts.reduce((sum, d) => sum + d.amount, 0);
  const shipping = rates(shop, s);
  return {
    items,
    coupons: discounts.map((d) => ({ code: d.code, discount_type: shop.coupons.find((c) => c.code === d.code)?.kind ?? "percent", totals: { total_discount: String(d.amount), total_discount_tax: "0", ...eur } })),
    fees: [],
    totals: { total_items: String(subtotal), total_items_tax: "0", total_fees: "0", total_fees_tax: "0", total_discount: String(discount), total_discount_tax: "0", total_shipping: null, total_shipping_tax: null, total_price: String(subtotal - discount), total_tax: "0", tax_lines: [], ...eur },
    shipping_address: { first_name: "", last_name: "", company: "", address_1: "", address_2: "", city: "", state: "", postcode: s.postcode, country: s.country, phone: "" },
    billing_address: { first_name: "", last_name: "", company: "", address_1: "", address_2: "", city: "", state: "", postcode: "", country: s.country, email: s.email ?? "", phone: s.phone ?? "" },
    needs_payment: true, needs_shipping: true, payment_requirements: ["products"], has_calculated_shipping: s.country !== "",
    shipping_rates: s.country === "" ? [] : [{ package_id: 0, name: "Shipment 1", destination: { address_1: "", address_2: "", city: "", state: "", postcode: s.postcode, country: s.country }, items: items.map((i) => ({ key: i.key, name: i.name, quantity: i.quantity })), shipping_rates: shipping }],
    items_count: items.length, items_weight: 0, cross_sells: [], errors: [], payment_methods: ["bacs", "paypal"], extensions: {},
  };
}

export function productJson(shop: WooShop, id: number) {
  const p = product(shop, id);
  if (!p) throw new WooRouteError(404, "woocommerce_rest_product_invalid_id", "Invalid product ID.");
  return {
    id: p.id, name: p.name, slug: p.slug, parent: p.parent, type: p.type, variation: p.size ? `Size: ${p.size}` : "",
    permalink: `https://woo.example/product/${p.slug}/`, sku: `SKU-${p.id}`, summary: "", short_description: `<p>${p.name} by Woo.</p>`, description: "",
    on_sale: false, prices: { price: String(p.price), regular_price: String(p.price), sale_price: String(p.price), price_range: null, ...eur },
    average_rating: "0", review_count: 0, images: [{ id: p.id, src: `https://woo.example/wp-content/uploads/${p.slug}.jpg` }],
    categories: [{ id: p.category === "Shoes" ? 2 : 1, name: p.category, slug: p.category.toLowerCase(), link: "" }], tags: [], attributes: [], variations: [],
    has_options: p.type === "variable", is_purchasable: true, is_in_stock: p.stock === null || p.stock > 0, is_on_backorder: false, low_stock_remaining: null, sold_individually: false,
    add_to_cart: { text: "Add to cart", description: "", url: "", minimum: 1, maximum: 9999, multiple_of: 1 }, extensions: {},
  };
}
