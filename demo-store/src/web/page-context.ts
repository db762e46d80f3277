import type { Context } from "hono";
import type { StoreDeps } from "../services/store-deps.ts";
import { priceCart } from "../services/cart-view.ts";
import { currentCart } from "./cart-session.ts";
import type { PageContext } from "./layout.tsx";
import type { WebEnv } from "./web-env.ts";

/** What every page's layout needs: the CSP nonce, the embed settings and the active cart. */
export function pageContext(c: Context<WebEnv>, deps: StoreDeps): PageContext {
  const cart = currentCart(c, deps);
  return {
    nonce: c.get("secureHeadersNonce") ?? "",
    edgeUrl: deps.edgeUrl,
    siteId: deps.siteId,
    ...(cart
      ? {
          cart: {
            id: cart.id,
            itemCount: cart.lines.reduce((n, l) => n + l.quantity, 0),
            // The widget's minCartValue cap compares against this (minor units).
            value: priceCart(cart).totals.subtotal,
            ...(cart.customer.email ? { email: cart.customer.email } : {}),
          },
        }
      : {}),
  };
}
