import { z } from "zod";
import { daysIn } from "../policy-text.ts";
import { fail, ok, type Failure, type Result } from "../result.ts";
import type { VendureStore } from "../store-config.ts";
import type { StoreAdapter } from "../store-adapter.ts";
import type { Cart, ShippingRate } from "../store-schemas.ts";
import { textPolicies } from "../text-policies.ts";
import { vendureRequest } from "./vendure-graphql.ts";
import { toCart, toProduct } from "./vendure-mapping.ts";
import { adminOperations, shopOperations } from "./vendure-operations.ts";
import { VOrder, VOrderResult, VProduct, VPromotion } from "./vendure-schemas.ts";

export interface VendureAdapterOptions {
  config: z.infer<typeof VendureStore>;
  /** An API administrator's bearer token (promotions and customers on the Admin API). */
  adminToken: string;
  fetch?: typeof fetch;
}

/** A checkout link is the storefront's checkout page, valid as long as the shopper's session (a day is promised). */
const checkoutLinkMs = 24 * 3600 * 1000;
const couponErrors: Record<string, string> = {
  COUPON_CODE_INVALID_ERROR: "coupon_invalid",
  COUPON_CODE_EXPIRED_ERROR: "coupon_expired",
  COUPON_CODE_LIMIT_ERROR: "coupon_already_used",
};

/**
 * Vendure: the shopper's active order on the Shop API, acting with the shopper's session token
 * (the cart id the page passes); promotions and customers on the Admin API.
 */
export function createVendureAdapter(options: VendureAdapterOptions): StoreAdapter {
  const { config } = options;
  const http = { ...(options.fetch ? { fetch: options.fetch } : {}), ...(config.channelToken ? { channelToken: config.channelToken } : {}) };
  const shopApi = vendureRequest({ url: config.shopApiUrl, ...http });
  const adminApi = vendureRequest({ url: config.adminApiUrl, ...http });
  const shop = new URL(config.checkoutUrl).origin;

  async function active(token: string): Promise<Result<Cart>> {
    const result = await shopApi(token, shopOperations.activeOrder, {}, z.object({ activeOrder: VOrder.nullable() }));
    if (!result.ok) return result;
    if (result.value.activeOrder === null) return fail("not_found", "Vendure has no active order for this session.", { status: 404 });
    return ok(toCart(result.value.activeOrder, token, shop));
  }

  async function orderMutation(token: string, query: string, field: string, variables: Record<string, unknown>): Promise<Result<Cart>> {
    const result = await shopApi(token, query, variables, z.record(z.string(), VOrderResult));
    if (!result.ok) return result;
    const value = result.value[field];
    if (value === undefined) return fail("invalid_response", `Vendure answered without ${field}.`);
    if ("errorCode" in value) {
      if (value.errorCode === "INSUFFICIENT_STOCK_ERROR") return fail("out_of_stock", value.message, { status: 409, available: value.quantityAvailable ?? 0 });
      const code = couponErrors[value.errorCode];
      return fail(code ?? "store_rejected", value.message, { status: 422, storeCode: value.errorCode });
    }
    return ok(toCart(VOrder.parse(value), token, shop));
  }

  /** Vendure keeps a code whose conditions fail in couponCodes and discounts nothing: its promotion says why. */
  async function whyNotApplied(code: string, cart: Cart): Promise<Failure> {
    const found = await adminApi(options.adminToken, adminOperations.promotionByCode, { code }, z.object({ promotions: z.object({ items: z.array(VPromotion) }) }));
    const minimum = found.ok
      ? found.value.promotions.items[0]?.conditions.find((c) => c.code === "minimum_order_amount")?.args.find((a) => a.name === "amount")?.value
      : undefined;
    if (minimum !== undefined && Number(minimum) > cart.subtotal.amount) {
      return fail("coupon_minimum_not_met", `${code} needs a larger order.`, { status: 422, minimum: { amount: Number(minimum), currency: cart.currency } });
    }
    return fail("coupon_not_applicable", `${code} does not apply to this cart.`, { status: 422 });
  }

  async function removeDiscount(token: string, code: string): Promise<Result<Cart>> {
    const result = await shopApi(token, shopOperations.removeCoupon, { code }, z.object({ removeCouponCode: VOrder.nullable() }));
    if (!result.ok) return result;
    return result.value.removeCouponCode ? ok(toCart(result.value.removeCouponCode, token, shop)) : fail("not_found", "No active order.", { status: 404 });
  }

  async function getProduct(id: string) {
    const result = await shopApi(null, shopOperations.product, { id }, z.object({ product: VProduct.nullable() }));
    if (!result.ok) return result;
    return result.value.product ? ok(toProduct(result.value.product, shop)) : fail("not_found", "No such product.", { status: 404 });
  }

  return {
    platform: "vendure",
    capabilities: { stock: "level", shipping: "country", policies: "text", applyCodes: true, singleUseCodes: false, checkoutLink: "native", customerHistory: true, editCart: true, searchProducts: true },
    getCart: active,
    async updateLine(token, lineId, change) {
      if (change.variantId) {
        const cart = await active(token);
        if (!cart.ok) return cart;
        const line = cart.value.lines.find((l) => l.id === lineId);
        if (!line) return fail("not_found", "No such order line.", { status: 404 });
        const added = await orderMutation(token, shopOperations.addItem, "addItemToOrder", { variantId: change.variantId, quantity: change.quantity ?? line.quantity });
        return added.ok ? orderMutation(token, shopOperations.removeLine, "removeOrderLine", { lineId }) : added;
      }
      return orderMutation(token, shopOperations.adjustLine, "adjustOrderLine", { lineId, quantity: change.quantity ?? 1 });
    },
    addLine: (token, variantId, quantity) => orderMutation(token, shopOperations.addItem, "addItemToOrder", { variantId, quantity }),
    removeLine: (token, lineId) => orderMutation(token, shopOperations.removeLine, "removeOrderLine", { lineId }),
    async applyDiscount(token, code) {
      const applied = await orderMutation(token, shopOperations.applyCoupon, "applyCouponCode", { code });
      if (!applied.ok) return applied;
      if (applied.value.discounts.some((d) => d.code.toUpperCase() === code.toUpperCase() && d.amount.amount > 0)) return applied;
      const removed = await removeDiscount(token, code);
      return whyNotApplied(code, removed.ok ? removed.value : applied.value);
    },
    removeDiscount,
    updateCustomer: async (token, update) =>
      update.email ? orderMutation(token, shopOperations.setCustomer, "setCustomerForOrder", { input: { emailAddress: update.email, firstName: "", lastName: "", ...(update.phone ? { phoneNumber: update.phone } : {}) } }) : active(token),
    async searchProducts(query) {
      const found = await shopApi(null, shopOperations.products, { take: Math.min(query.limit ?? 10, 50), term: query.query ?? null }, z.object({ search: z.object({ items: z.array(z.object({ productId: z.string() })) }) }));
      if (!found.ok) return found;
      const products = await Promise.all(found.value.search.items.map((i) => getProduct(i.productId)));
      const wanted = query.category?.toLowerCase();
      return ok(products.flatMap((p) => (p.ok && (!wanted || p.value.category.toLowerCase() === wanted) ? [p.value] : [])));
    },
    getProduct,
    async getShippingRates(query) {
      const country = query.country?.toUpperCase();
      if (!country) return fail("address_required", "A country is needed for shipping rates.");
      const result = await shopApi(query.cartId, shopOperations.shipping, {}, z.object({ eligibleShippingMethods: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), priceWithTax: z.number().int() })), availableCountries: z.array(z.object({ code: z.string() })) }));
      if (!result.ok) return result;
      const supported = result.value.availableCountries.map((c) => c.code);
      if (!supported.includes(country)) return fail("country_not_supported", `The store does not ship to ${country}.`, { status: 422, country, supported });
      const cart = await active(query.cartId);
      if (!cart.ok) return cart;
      const rates: ShippingRate[] = [];
      for (const method of result.value.eligibleShippingMethods) {
        const days = daysIn(`${method.name} ${method.description}`) ?? config.facts.deliveryDays ?? null;
        if (days === null) return fail("delivery_days_unknown", `Vendure's method "${method.name}" states no delivery time and the site config declares no deliveryDays.`);
        const express = /express|overnight|next.?day/i.test(method.name);
        const freeOver = !express && config.facts.freeShippingOver ? { amount: config.facts.freeShippingOver, currency: cart.value.currency } : null;
        rates.push({ id: method.id, name: method.name, price: { amount: method.priceWithTax, currency: cart.value.currency }, minDays: days.min, maxDays: days.max, freeOver, kind: express ? "express" : "standard" });
      }
      return ok(rates);
    },
    getPolicies: async () => ok(textPolicies({ refund: null, shipping: null, contact: null, payments: [] }, config.facts)),
    async createCheckoutLink(token) {
      const cart = await active(token);
      return cart.ok ? ok({ url: config.checkoutUrl, expiresAt: new Date(Date.now() + checkoutLinkMs).toISOString() }) : cart;
    },
    async getCustomer(email) {
      const Orders = z.object({ customers: z.object({ items: z.array(z.object({ emailAddress: z.string(), orders: z.object({ items: z.array(z.object({ id: z.string(), code: z.string(), state: z.string(), totalWithTax: z.number().int(), currencyCode: z.string(), orderPlacedAt: z.string().nullish(), lines: z.array(z.object({ quantity: z.number().int(), productVariant: z.object({ name: z.string(), product: z.object({ id: z.string(), name: z.string() }) }) })) })) }) })) }) });
      const result = await adminApi(options.adminToken, adminOperations.customerOrders, { email }, Orders);
      if (!result.ok) return result;
      const customer = result.value.customers.items[0];
      if (!customer) return ok({ customer: null, orders: [] });
      const placed = customer.orders.items.filter((o) => o.orderPlacedAt);
      return ok({
        customer: { email: customer.emailAddress },
        orders: placed.map((o) => ({ id: o.code, total: { amount: o.totalWithTax, currency: o.currencyCode }, placedAt: o.orderPlacedAt ?? undefined, status: o.state, lines: o.lines.map((l) => ({ productId: l.productVariant.product.id, title: l.productVariant.product.name, variantTitle: l.productVariant.name, quantity: l.quantity })) })),
      });
    },
  };
}
