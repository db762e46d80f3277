import type { Offer } from "../config/site-config.ts";
import type { StoreCapabilities } from "./capabilities.ts";
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
export type { StoreCapabilities } from "./capabilities.ts";

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

/** A code made for one cart and one granted offer, usable once. */
export interface SingleUseCode {
  code: string;
  expiresAt: string | null;
}

/**
 * What the agent needs from a store (Store API v1 semantics), whatever the platform.
 * Implementations never throw for expected failures: not_found, out_of_stock (+available),
 * coupon_invalid / coupon_expired / coupon_not_applicable / coupon_minimum_not_met /
 * coupon_already_used, store_unavailable, timeout, invalid_response, and `unsupported` for a
 * method its `capabilities` say it lacks (the agent does not offer such tools).
 */
export interface StoreAdapter {
  /** "cart-saver" | "shopify" | "woocommerce" | "vendure" (reporting and the contract suite). */
  platform: string;
  capabilities: StoreCapabilities;
  getCart(cartId: string): Promise<Result<Cart>>;
  updateLine(cartId: string, lineId: string, change: LineChange): Promise<Result<Cart>>;
  addLine(cartId: string, variantId: string, quantity: number): Promise<Result<Cart>>;
  removeLine(cartId: string, lineId: string): Promise<Result<Cart>>;
  /** Success only when the store really discounted the cart with the code. */
  applyDiscount(cartId: string, code: string): Promise<Result<Cart>>;
  removeDiscount(cartId: string, code: string): Promise<Result<Cart>>;
  updateCustomer(cartId: string, update: CustomerUpdate): Promise<Result<Cart>>;
  searchProducts(query: ProductQuery): Promise<Result<Product[]>>;
  getProduct(productId: string): Promise<Result<Product>>;
  getShippingRates(query: ShippingQuery): Promise<Result<ShippingRate[]>>;
  getPolicies(): Promise<Result<Policies>>;
  createCheckoutLink(cartId: string): Promise<Result<CheckoutLink>>;
  /** Past orders for the email; `customer` is null/absent when the store does not know it. */
  getCustomer(email: string): Promise<Result<CustomerHistory>>;
  /**
   * Where `capabilities.singleUseCodes`: a new code worth `offer` for this cart, usable once.
   * The caller applies it with applyDiscount and falls back to `offer.code` on failure.
   */
  createSingleUseCode?(offer: Offer, cartId: string): Promise<Result<SingleUseCode>>;
}
