/** The WooCommerce emulator's shop (EUR, cents internally), shaped after the Store API and REST v3 docs. */

export interface WooEmuProduct {
  id: number;
  parent: number;
  name: string;
  slug: string;
  type: "simple" | "variable" | "variation";
  category: string;
  price: number;
  /** null: stock not managed (in stock). */
  stock: number | null;
  size?: string;
}
export interface WooEmuCoupon {
  id: number;
  code: string;
  kind: "percent" | "fixed_cart";
  amount: number;
  freeShipping: boolean;
  minimum: number;
  expires: string | null;
  usageLimit: number | null;
  usageCount: number;
  category?: string;
}
export interface WooEmuSession {
  id: string;
  items: { key: string; id: number; quantity: number }[];
  coupons: string[];
  country: string;
  postcode: string;
  email: string | null;
  phone: string | null;
}

export function seedWoo() {
  const tee = (id: number, size: string, stock: number): WooEmuProduct => ({ id, parent: 10, name: "Organic Cotton Tee", slug: `organic-cotton-tee-${size.toLowerCase()}`, type: "variation", category: "T-Shirts", price: 2900, stock, size });
  const runner = (id: number, size: string, stock: number | null): WooEmuProduct => ({ id, parent: 20, name: "Trail Runner", slug: `trail-runner-${size}`, type: "variation", category: "Shoes", price: 13900, stock, size });
  const products: WooEmuProduct[] = [
    { id: 10, parent: 0, name: "Organic Cotton Tee", slug: "organic-cotton-tee", type: "variable", category: "T-Shirts", price: 2900, stock: null },
    tee(11, "S", 10),
    tee(12, "M", 8),
    tee(13, "L", 0),
    { id: 20, parent: 0, name: "Trail Runner", slug: "trail-runner", type: "variable", category: "Shoes", price: 13900, stock: null },
    runner(21, "42", 2),
    runner(22, "42.5", 0),
    runner(23, "43", null),
  ];
  const coupons: WooEmuCoupon[] = [
    { id: 1, code: "save10", kind: "percent", amount: 10, freeShipping: false, minimum: 5000, expires: null, usageLimit: null, usageCount: 0 },
    { id: 2, code: "freeship", kind: "fixed_cart", amount: 0, freeShipping: true, minimum: 3000, expires: null, usageLimit: null, usageCount: 0 },
    { id: 3, code: "summer24", kind: "percent", amount: 20, freeShipping: false, minimum: 0, expires: "2024-09-01T00:00:00", usageLimit: null, usageCount: 0 },
    { id: 4, code: "vip20", kind: "percent", amount: 20, freeShipping: false, minimum: 0, expires: null, usageLimit: 1, usageCount: 1 },
    { id: 5, code: "shoes15", kind: "percent", amount: 15, freeShipping: false, minimum: 0, expires: null, usageLimit: null, usageCount: 0, category: "Shoes" },
  ];
  const customers = [{ id: 7, email: "vip@example.com", orders: [{ id: 900, total: "139.00", status: "completed", date_created_gmt: "2026-10-01T10:00:00", line_items: [{ product_id: 20, name: "Trail Runner - 42", quantity: 1 }] }] }];
  const zones = [
    { id: 1, name: "Germany & Austria", countries: ["DE", "AT"] },
    { id: 2, name: "EU", countries: ["FR"] },
  ];
  return { products, coupons, customers, zones, sessions: new Map<string, WooEmuSession>() };
}
export type WooShop = ReturnType<typeof seedWoo>;

export const eur = { currency_code: "EUR", currency_symbol: "€", currency_minor_unit: 2, currency_decimal_separator: ",", currency_thousand_separator: ".", currency_prefix: "", currency_suffix: " €" };
export const decimal = (cents: number) => (cents / 100).toFixed(2);

/** A Cart-Token as WooCommerce issues it: a JWT whose payload names the session (`user_id`). */
export function cartToken(sessionId: string, seq: number): string {
  const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${b64({ alg: "HS256", typ: "JWT" })}.${b64({ user_id: sessionId, exp: Math.floor(Date.now() / 1000) + 172800, iss: "store-api", iat: seq })}.sig${seq}`;
}
