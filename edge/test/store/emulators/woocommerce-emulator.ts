import { z } from "zod";
import { signBase64Hmac } from "../../../src/store/webhook-hmac.ts";
import { cartJson, couponError, lineSubtotal, productJson, WooRouteError } from "./woo-store-api.ts";
import { cartToken, decimal, seedWoo, type WooEmuSession, type WooShop } from "./woo-state.ts";

const Body = z.record(z.string(), z.unknown());
const num = (v: unknown) => z.coerce.number().int().parse(v);
const str = (v: unknown) => z.string().parse(v);

/** REST API v3 (`/wp-json/wc/v3`): stock, variations, coupons, customers, orders, gateways, zones. */
function restApi(shop: WooShop, method: string, path: string, query: URLSearchParams, body: Record<string, unknown>): unknown {
  const product = (id: number) => shop.products.find((p) => p.id === id);
  const restProduct = (id: number) => {
    const p = product(id);
    if (!p) throw new WooRouteError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.");
    return { id: p.id, parent_id: p.parent, sku: `SKU-${p.id}`, price: decimal(p.price), manage_stock: p.stock !== null, stock_quantity: p.stock, stock_status: p.stock === 0 ? "outofstock" : "instock", attributes: p.size ? [{ id: 1, name: "Size", option: p.size }] : [] };
  };
  const coupon = (c: WooShop["coupons"][number]) => ({ id: c.id, code: c.code, amount: c.kind === "percent" ? String(c.amount) : decimal(c.amount), discount_type: c.kind, date_expires_gmt: c.expires, usage_count: c.usageCount, usage_limit: c.usageLimit, minimum_amount: decimal(c.minimum), free_shipping: c.freeShipping });
  let m: RegExpExecArray | null;
  if (method === "GET" && (m = /^\/products\/(\d+)\/variations$/.exec(path))) return shop.products.filter((p) => p.parent === num(m?.[1])).map((p) => restProduct(p.id));
  if (method === "GET" && (m = /^\/products\/(\d+)$/.exec(path))) return restProduct(num(m[1]));
  if (method === "GET" && path === "/coupons") return shop.coupons.filter((c) => c.code === (query.get("code") ?? "").toLowerCase()).map(coupon);
  if (method === "POST" && path === "/coupons") {
    const code = str(body.code).toLowerCase();
    if (shop.coupons.some((c) => c.code === code)) throw new WooRouteError(400, "woocommerce_rest_coupon_code_already_exists", `The coupon code ${code} already exists`);
    const kind = z.enum(["percent", "fixed_cart"]).parse(body.discount_type);
    const amount = Number(str(body.amount));
    const created = {
      id: shop.coupons.length + 1, code, kind, amount: kind === "percent" ? amount : Math.round(amount * 100), freeShipping: body.free_shipping === true,
      minimum: Math.round(Number(str(body.minimum_amount ?? "0")) * 100), expires: z.string().nullish().parse(body.date_expires_gmt) ?? null,
      usageLimit: z.number().int().nullish().parse(body.usage_limit) ?? null, usageCount: 0,
    };
    shop.coupons.push(created);
    return coupon(created);
  }
  if (method === "GET" && path === "/customers") return shop.customers.filter((c) => c.email === query.get("email")).map((c) => ({ id: c.id, email: c.email }));
  if (method === "GET" && path === "/orders") return shop.customers.find((c) => c.id === num(query.get("customer")))?.orders.map((o) => ({ ...o, currency: "EUR" })) ?? [];
  if (method === "GET" && path === "/payment_gateways") return [{ id: "paypal", title: "PayPal", enabled: true }, { id: "bacs", title: "Direct bank transfer", enabled: true }, { id: "cod", title: "Cash on delivery", enabled: false }];
  if (method === "GET" && path === "/shipping/zones") return [{ id: 0, name: "Locations not covered by your other zones", order: 0 }, ...shop.zones.map((z) => ({ id: z.id, name: z.name, order: z.id }))];
  if (method === "GET" && (m = /^\/shipping\/zones\/(\d+)\/locations$/.exec(path))) return (shop.zones.find((z) => z.id === num(m?.[1]))?.countries ?? []).map((code) => ({ code, type: "country" }));
  throw new WooRouteError(404, "rest_no_route", "No route was found matching the URL and request method.");
}

/**
 * A WooCommerce store: Store API v1 with Cart-Token sessions (an unknown token starts a new
 * session, as WooCommerce does) and REST API v3 behind basic auth, answering the documented
 * shapes and errors (`{ code, message, data: { status } }`).
 */
export function wooEmulator(options: { consumerKey: string; consumerSecret: string; webhookSecret: string }) {
  const shop = seedWoo();
  let seq = 0;
  const session = (token: string | null): WooEmuSession => {
    const payload = token?.split(".")[1];
    const id = payload ? z.object({ user_id: z.string() }).safeParse(JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")))) : null;
    const known = id?.success ? shop.sessions.get(id.data.user_id) : undefined;
    if (known) return known;
    const fresh: WooEmuSession = { id: `t_${++seq}`, items: [], coupons: [], country: "", postcode: "", email: null, phone: null };
    shop.sessions.set(fresh.id, fresh);
    return fresh;
  };

  function storeApi(method: string, path: string, query: URLSearchParams, body: Record<string, unknown>, s: WooEmuSession): unknown {
    const findItem = (key: unknown) => {
      const item = s.items.find((i) => i.key === key);
      if (!item) throw new WooRouteError(409, "woocommerce_rest_cart_invalid_key", "Cart item no longer exists or is invalid.");
      return item;
    };
    const setQuantity = (id: number, quantity: number) => {
      const p = shop.products.find((x) => x.id === id);
      if (!p || p.type === "variable") throw new WooRouteError(400, "woocommerce_rest_cart_invalid_product", "This product cannot be added to the cart.");
      if (p.stock === 0) throw new WooRouteError(400, "woocommerce_rest_product_out_of_stock", `You cannot add "${p.name}" to the cart because the product is out of stock.`);
      if (p.stock !== null && quantity > p.stock) throw new WooRouteError(400, "woocommerce_rest_product_partially_out_of_stock", `You cannot add that amount of "${p.name}" to the cart because there is not enough stock (${p.stock} remaining).`);
    };
    if (method === "GET" && path === "/cart") return cartJson(shop, s);
    if (method === "POST" && path === "/cart/add-item") {
      const id = num(body.id);
      const existing = s.items.find((i) => i.id === id);
      setQuantity(id, (existing?.quantity ?? 0) + num(body.quantity));
      if (existing) existing.quantity += num(body.quantity);
      else s.items.push({ key: `key${++seq}`, id, quantity: num(body.quantity) });
      return cartJson(shop, s);
    }
    if (method === "POST" && path === "/cart/update-item") {
      const item = findItem(body.key);
      setQuantity(item.id, num(body.quantity));
      item.quantity = num(body.quantity);
      return cartJson(shop, s);
    }
    if (method === "POST" && path === "/cart/remove-item") {
      const item = findItem(body.key);
      s.items = s.items.filter((i) => i !== item);
      return cartJson(shop, s);
    }
    if (method === "POST" && path === "/cart/apply-coupon") {
      const code = str(body.code).toLowerCase();
      const error = couponError(shop, s, code);
      if (error) throw new WooRouteError(400, "woocommerce_rest_cart_coupon_error", error);
      s.coupons.push(code);
      return cartJson(shop, s);
    }
    if (method === "POST" && path === "/cart/remove-coupon") {
      const code = str(body.code).toLowerCase();
      if (!s.coupons.includes(code)) throw new WooRouteError(409, "woocommerce_rest_cart_coupon_invalid_code", "Coupon cannot be removed because it is not already applied to the cart.");
      s.coupons = s.coupons.filter((c) => c !== code);
      return cartJson(shop, s);
    }
    if (method === "POST" && path === "/cart/update-customer") {
      const shipping = z.looseObject({ country: z.string().optional(), postcode: z.string().optional() }).optional().parse(body.shipping_address);
      const billing = z.looseObject({ email: z.string().optional(), phone: z.string().optional() }).optional().parse(body.billing_address);
      s.country = shipping?.country ?? s.country;
      s.postcode = shipping?.postcode ?? s.postcode;
      s.email = billing?.email ?? s.email;
      s.phone = billing?.phone ?? s.phone;
      return cartJson(shop, s);
    }
    let m: RegExpExecArray | null;
    if (method === "GET" && (m = /^\/products\/(\d+)$/.exec(path))) return productJson(shop, num(m[1]));
    if (method === "GET" && path === "/products") {
      const search = (query.get("search") ?? "").toLowerCase();
      return shop.products.filter((p) => p.type !== "variation" && p.name.toLowerCase().includes(search)).slice(0, num(query.get("per_page") ?? 10)).map((p) => productJson(shop, p.id));
    }
    throw new WooRouteError(404, "rest_no_route", "No route was found matching the URL and request method.");
  }

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === "POST" ? Body.parse(await request.json()) : {};
    try {
      if (url.pathname.startsWith("/wp-json/wc/store/v1/")) {
        const s = session(request.headers.get("Cart-Token"));
        const json = storeApi(request.method, url.pathname.slice("/wp-json/wc/store/v1".length), url.searchParams, body, s);
        return Response.json(json, { headers: { "Cart-Token": cartToken(s.id, ++seq) } });
      }
      if (url.pathname.startsWith("/wp-json/wc/v3/")) {
        if (request.headers.get("authorization") !== `Basic ${btoa(`${options.consumerKey}:${options.consumerSecret}`)}`) {
          throw new WooRouteError(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.");
        }
        return Response.json(restApi(shop, request.method, url.pathname.slice("/wp-json/wc/v3".length), url.searchParams, body), { status: request.method === "POST" ? 201 : 200 });
      }
      throw new WooRouteError(404, "rest_no_route", "No route was found matching the URL and request method.");
    } catch (error) {
      if (!(error instanceof WooRouteError)) throw error;
      return Response.json({ code: error.code, message: error.message, data: { status: error.status } }, { status: error.status });
    }
  };

  return {
    fetch,
    shop,
    /** A cart as the shopper's page has it: its Cart-Token. */
    async newCart(lines: { variantId: string; quantity: number }[]): Promise<string> {
      const s = session(null);
      for (const line of lines) s.items.push({ key: `key${++seq}`, id: Number(line.variantId), quantity: line.quantity });
      return cartToken(s.id, ++seq);
    },
    /** Checks the session's cart out (the merchant's snippet stores the session as order meta) and returns the signed `order.created` delivery. */
    async placeOrder(token: string, orderId: number) {
      const s = session(token);
      const total = lineSubtotal(shop, s);
      for (const code of s.coupons) {
        const c = shop.coupons.find((x) => x.code === code);
        if (c) c.usageCount += 1;
      }
      const body = JSON.stringify({
        id: orderId, parent_id: 0, status: "processing", currency: "EUR", total: decimal(total), customer_id: 0,
        date_created: new Date().toISOString().slice(0, 19), date_created_gmt: new Date().toISOString().slice(0, 19),
        coupon_lines: s.coupons.map((code, i) => ({ id: i + 1, code, discount: "0.00", discount_tax: "0.00" })),
        meta_data: [{ id: 1, key: "cart_saver_session", value: s.id }],
        line_items: s.items.map((i) => ({ product_id: shop.products.find((p) => p.id === i.id)?.parent ?? i.id, variation_id: i.id, quantity: i.quantity })),
      });
      shop.sessions.delete(s.id);
      const headers = {
        "Content-Type": "application/json",
        "X-WC-Webhook-Topic": "order.created",
        "X-WC-Webhook-Resource": "order",
        "X-WC-Webhook-Event": "created",
        "X-WC-Webhook-Signature": await signBase64Hmac(options.webhookSecret, body),
      };
      return { body, headers };
    },
  };
}
