import { Hono } from "hono";
import type { StoreState } from "../domain/store-state.ts";
import { addLine, applyDiscount, createCart, removeDiscount, removeLine, updateCustomer, updateLine } from "../services/cart-service.ts";
import { toCartView } from "../services/cart-view.ts";
import { createCheckoutToken } from "../services/checkout-link.ts";
import { cartNotFound, type Result } from "../services/result.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { problem, readJson } from "./api-problem.ts";
import { CreateCart, CustomerPatch, DiscountInput, LineInput, LinePatch } from "./cart-inputs.ts";

export function cartsRoutes(deps: StoreDeps) {
  const { repo, now } = deps;
  const view = (state: StoreState, cartId: string) => {
    const cart = state.carts[cartId];
    return cart ? toCartView(state, cart, deps.publicUrl) : undefined;
  };
  /** Runs a change and answers with the resulting cart, or the failure. */
  const change = (c: Parameters<typeof problem>[0], run: (draft: StoreState) => Result<{ cart: { id: string } }>, status: 200 | 201 = 200) => {
    const result = repo.transact(run);
    if (!result.ok) return problem(c, result);
    return c.json(view(repo.read(), result.cart.id), status);
  };

  return new Hono()
    .post("/", async (c) => {
      const body = await readJson(c, CreateCart);
      if (!body.ok) return problem(c, body);
      return change(
        c,
        (draft) => {
          const cart = createCart(draft, now(), body.data.customer);
          for (const line of body.data.lines) {
            const added = addLine(draft, cart.id, line.variantId, line.quantity, now());
            if (!added.ok) return added;
          }
          return { ok: true, cart };
        },
        201,
      );
    })
    .get("/:id", (c) => {
      const cart = view(repo.read(), c.req.param("id"));
      return cart ? c.json(cart) : problem(c, cartNotFound(c.req.param("id")));
    })
    .post("/:id/lines", async (c) => {
      const body = await readJson(c, LineInput);
      if (!body.ok) return problem(c, body);
      return change(c, (draft) => addLine(draft, c.req.param("id"), body.data.variantId, body.data.quantity, now()));
    })
    .patch("/:id/lines/:lineId", async (c) => {
      const body = await readJson(c, LinePatch);
      if (!body.ok) return problem(c, body);
      return change(c, (draft) => updateLine(draft, c.req.param("id"), c.req.param("lineId"), body.data, now()));
    })
    .delete("/:id/lines/:lineId", (c) => change(c, (draft) => removeLine(draft, c.req.param("id"), c.req.param("lineId"), now())))
    .patch("/:id/customer", async (c) => {
      const body = await readJson(c, CustomerPatch);
      if (!body.ok) return problem(c, body);
      return change(c, (draft) => updateCustomer(draft, c.req.param("id"), body.data, now()));
    })
    .post("/:id/discounts", async (c) => {
      const body = await readJson(c, DiscountInput);
      if (!body.ok) return problem(c, body);
      return change(c, (draft) => applyDiscount(draft, c.req.param("id"), body.data.code, now()));
    })
    .delete("/:id/discounts/:code", (c) => change(c, (draft) => removeDiscount(draft, c.req.param("id"), c.req.param("code"), now())))
    .post("/:id/checkout-links", (c) => {
      const cart = repo.read().carts[c.req.param("id")];
      if (!cart) return problem(c, cartNotFound(c.req.param("id")));
      if (cart.status !== "open") {
        return c.json({ error: { code: "cart_not_open", message: "This cart has already been ordered.", orderId: cart.orderId } }, 409);
      }
      const { token, expiresAt } = createCheckoutToken(deps.apiToken, cart.id, now());
      return c.json({ url: `${deps.publicUrl}/checkout/resume/${token}`, expiresAt: expiresAt.toISOString() });
    });
}
