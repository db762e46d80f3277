import type { Result } from "./result.ts";
import type {
  Cart,
  CartCustomer,
  CheckoutLink,
  CustomerHistory,
  Policies,
  Product,
  ShippingRate,
} from "./store-schemas.ts";

export type { Result, Failure } from "./result.ts";

export interface ProductQuery {
  query?: string;
  category?: string;
  limit?: number;
}

export interface LineChange {
  quantity?: number;
  variantId?: string;
}

export interface CustomerUpdate {
  email?: string;
  phone?: string;
  country?: string;
  postalCode?: string;
  consent?: Partial<CartCustomer["consent"]>;
}

export interface ShippingQuery {
  cartId: string;
  country?: string;
  postalCode?: string;
}

/**
 * What the agent needs from a store (Store API v1 semantics). Implementations never throw for
 * expected failures: not_found, out_of_stock (+available), coupon_*, store_unavailable, timeout,
 * invalid_response.
 */
export interface StoreAdapter {
  getCart(cartId: string): Promise<Result<Cart>>;
  updateLine(cartId: string, lineId: string, change: LineChange): Promise<Result<Cart>>;
  addLine(cartId: string, variantId: string, quantity: number): Promise<Result<Cart>>;
  removeLine(cartId: string, lineId: string): Promise<Result<Cart>>;
  applyDiscount(cartId: string, code: string): Promise<Result<Cart>>;
  /** DELETE /api/carts/:id/discounts/:code (an addition to DESIGN.md's table). */
  removeDiscount(cartId: string, code: string): Promise<Result<Cart>>;
  updateCustomer(cartId: string, update: CustomerUpdate): Promise<Result<Cart>>;
  searchProducts(query: ProductQuery): Promise<Result<Product[]>>;
  getProduct(productId: string): Promise<Result<Product>>;
  getShippingRates(query: ShippingQuery): Promise<Result<ShippingRate[]>>;
  getPolicies(): Promise<Result<Policies>>;
  createCheckoutLink(cartId: string): Promise<Result<CheckoutLink>>;
  /** Past orders for the email; `customer` is null/absent when the store does not know it. */
  getCustomer(email: string): Promise<Result<CustomerHistory>>;
}
