/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { z } from "zod";
import { findVariant } from "../catalog/catalog.ts";
import { addLine, applyDiscount, removeDiscount, removeLine, updateLine } from "../services/cart-service.ts";
import { toCartView } from "../services/cart-view.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { CartPage } from "./cart-page.tsx";
import { currentCart, ensureCart } from "./cart-session.ts";
import { redirectWithError, takeFlash } from "./flash.ts";
import { pageContext } from "./page-context.ts";
import type { WebEnv } from "./web-env.ts";

const AddForm = z.object({ variantId: z.string().min(1), quantity: z.coerce.number().int().min(1).max(99).default(1) });
const LineForm = z.object({ quantity: z.coerce.number().int().min(0).max(99).default(1), remove: z.string().optional() });
const CouponForm = z.object({ code: z.string().trim().min(1, "Enter a discount code.").max(64) });

/** The cart page and its no-JS form posts (POST + redirect). */
export function cartRoutes(deps: StoreDeps) {
  const { repo, now } = deps;
  return new Hono<WebEnv>()
    .get("/", (c) => {
      const stored = currentCart(c, deps);
      const cart = stored ? toCartView(repo.read(), stored, deps.publicUrl) : undefined;
      return c.html(<CartPage page={pageContext(c, deps)} cart={cart} error={takeFlash(c)} />);
    })
    .post("/lines", async (c) => {
      const form = AddForm.safeParse(await c.req.parseBody());
      if (!form.success) return redirectWithError(c, "/", { message: "Choose a product variant first." });
      const cartId = ensureCart(c, deps);
      const result = repo.transact((draft) => addLine(draft, cartId, form.data.variantId, form.data.quantity, now()));
      if (result.ok) return c.redirect("/cart", 303);
      const product = findVariant(form.data.variantId)?.product;
      return redirectWithError(c, product ? `/products/${product.id}?variant=${encodeURIComponent(form.data.variantId)}` : "/", result);
    })
    .post("/lines/:lineId", async (c) => {
      const form = LineForm.safeParse(await c.req.parseBody());
      const cart = currentCart(c, deps);
      if (!cart) return c.redirect("/cart", 303);
      if (!form.success) return redirectWithError(c, "/cart", { message: "Enter a quantity between 0 and 99." });
      const lineId = c.req.param("lineId");
      const quantity = form.data.remove ? 0 : form.data.quantity;
      const result = repo.transact((draft) => (quantity === 0 ? removeLine(draft, cart.id, lineId, now()) : updateLine(draft, cart.id, lineId, { quantity }, now())));
      return result.ok ? c.redirect("/cart", 303) : redirectWithError(c, "/cart", result);
    })
    .post("/discounts", async (c) => {
      const form = CouponForm.safeParse(await c.req.parseBody());
      const cart = currentCart(c, deps);
      if (!cart) return c.redirect("/cart", 303);
      if (!form.success) return redirectWithError(c, "/cart", { message: "Enter a discount code." });
      const result = repo.transact((draft) => applyDiscount(draft, cart.id, form.data.code, now()));
      return result.ok ? c.redirect("/cart", 303) : redirectWithError(c, "/cart", result);
    })
    .post("/discounts/:code/remove", (c) => {
      const cart = currentCart(c, deps);
      if (cart) repo.transact((draft) => removeDiscount(draft, cart.id, c.req.param("code"), now()));
      return c.redirect("/cart", 303);
    });
}
