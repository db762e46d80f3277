import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { StoredCart } from "../domain/store-state.ts";
import { createCart } from "../services/cart-service.ts";
import type { StoreDeps } from "../services/store-deps.ts";

/** The shopper's cart id lives in a cookie; ordered or unknown carts count as no cart. */
export const CART_COOKIE = "cart_id";

export function currentCart(c: Context, deps: StoreDeps): StoredCart | undefined {
  const id = getCookie(c, CART_COOKIE);
  const cart = id ? deps.repo.read().carts[id] : undefined;
  return cart?.status === "open" ? cart : undefined;
}

export function rememberCart(c: Context, cartId: string): void {
  setCookie(c, CART_COOKIE, cartId, { path: "/", httpOnly: true, sameSite: "Lax", maxAge: 60 * 60 * 24 * 30 });
}

export const forgetCart = (c: Context) => deleteCookie(c, CART_COOKIE, { path: "/" });

/** The current cart id, creating (and remembering) an empty cart when there is none. */
export function ensureCart(c: Context, deps: StoreDeps): string {
  const existing = currentCart(c, deps);
  if (existing) return existing.id;
  const created = deps.repo.transact((draft) => ({ ok: true, cart: createCart(draft, deps.now()) }));
  rememberCart(c, created.cart.id);
  return created.cart.id;
}
