/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { verifyCheckoutToken } from "../services/checkout-link.ts";
import { nextStep, setAttribution } from "../services/checkout-service.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { rememberCart } from "./cart-session.ts";
import { ErrorPage } from "./error-page.tsx";
import { pageContext } from "./page-context.ts";
import type { WebEnv } from "./web-env.ts";

/**
 * Checkout links (POST /api/carts/:id/checkout-links): restore the cart in any browser and
 * continue at checkout. `?cs=` (the Cart Saver session) is recorded on the cart for attribution.
 */
export function resumeRoutes(deps: StoreDeps) {
  return new Hono<WebEnv>().get("/:token", (c) => {
    const check = verifyCheckoutToken(deps.apiToken, c.req.param("token"), deps.now());
    const page = pageContext(c, deps);
    if (!check.ok) {
      const title = check.code === "link_expired" ? "This link has expired" : "This link is not valid";
      const status = check.code === "link_expired" ? 410 : 400;
      return c.html(<ErrorPage page={page} title={title} code={check.code} message={`${check.message} Your cart may still be saved in the browser you used before.`} />, status);
    }
    const cart = deps.repo.read().carts[check.cartId];
    if (!cart) return c.html(<ErrorPage page={page} title="Cart not found" code="cart_not_found" message="We could not find that cart." />, 404);
    if (cart.status !== "open") {
      return c.html(<ErrorPage page={page} title="Already ordered" code="cart_not_open" message="This cart has already been turned into an order. Thank you!" />, 409);
    }
    const cs = c.req.query("cs")?.slice(0, 128);
    if (cs) deps.repo.transact((draft) => setAttribution(draft, cart.id, cs, deps.now()));
    rememberCart(c, cart.id);
    const step = cart.lines.length > 0 ? nextStep(cart) : null;
    return c.redirect(step ? `/checkout/${step}` : "/cart", 303);
  });
}
