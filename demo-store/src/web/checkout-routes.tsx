/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { PaymentMethod } from "../domain/policies.ts";
import { freeShippingCovers } from "../domain/cart-math.ts";
import { quoteRates, shippingTable } from "../domain/shipping.ts";
import { Address, type StoredCart } from "../domain/store-state.ts";
import { priceCart, toCartView } from "../services/cart-view.ts";
import { checkoutSteps, nextStep, setAddress, setContact, setPayment, setShippingRate, type CheckoutStep } from "../services/checkout-service.ts";
import { placeOrder } from "../services/place-order.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { currentCart, forgetCart } from "./cart-session.ts";
import { redirectWithError, takeFlash } from "./flash.ts";
import { CheckoutContact } from "./checkout-contact.tsx";
import { CheckoutPayment } from "./checkout-payment.tsx";
import { CheckoutReview } from "./checkout-review.tsx";
import { CheckoutShipping } from "./checkout-shipping.tsx";
import { pageContext } from "./page-context.ts";
import type { WebEnv } from "./web-env.ts";

const ContactForm = z.object({
  email: z.email("Enter a valid email address."),
  account: z.enum(["create", "guest"]).default("guest"),
  password: z.string().max(200).optional(),
  marketing: z.string().optional(),
});
const RateForm = z.object({ rateId: z.string().min(1, "Choose a shipping option.") });
const PaymentForm = z.object({ method: PaymentMethod });
const firstIssue = (error: z.ZodError) => ({ message: error.issues[0]?.message ?? "Please check the form." });

/** The multi-step checkout: contact → shipping → payment → review → order. Forms work without JS. */
export function checkoutRoutes(deps: StoreDeps) {
  const { repo, now } = deps;
  /** The open, non-empty cart, or a redirect to where the shopper must go first. */
  const guard = (c: Context<WebEnv>, step: CheckoutStep): { cart: StoredCart } | { redirect: string } => {
    const cart = currentCart(c, deps);
    if (!cart || cart.lines.length === 0) return { redirect: "/cart" };
    const reached = checkoutSteps.indexOf(nextStep(cart));
    return checkoutSteps.indexOf(step) > reached ? { redirect: `/checkout/${nextStep(cart)}` } : { cart };
  };
  const view = (cart: StoredCart) => toCartView(repo.read(), cart, deps.publicUrl);
  const after = (c: Context, result: { ok: boolean; message?: string }, next: string, back: string) =>
    result.ok ? c.redirect(next, 303) : redirectWithError(c, back, { message: result.message ?? "Something went wrong." });

  return new Hono<WebEnv>()
    .get("/", (c) => {
      const cart = currentCart(c, deps);
      return c.redirect(cart && cart.lines.length > 0 ? `/checkout/${nextStep(cart)}` : "/cart", 303);
    })
    .get("/contact", (c) => {
      const g = guard(c, "contact");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const createAccount = g.cart.customer.email ? g.cart.checkout.createAccount : true;
      return c.html(<CheckoutContact page={pageContext(c, deps)} cart={view(g.cart)} createAccount={createAccount} error={takeFlash(c)} />);
    })
    .post("/contact", async (c) => {
      const g = guard(c, "contact");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const form = ContactForm.safeParse(await c.req.parseBody());
      if (!form.success) return redirectWithError(c, "/checkout/contact", firstIssue(form.error));
      const { email, account, password, marketing } = form.data;
      const input = { email, createAccount: account === "create", marketing: marketing === "1", ...(password ? { password } : {}) };
      return after(c, repo.transact((draft) => setContact(draft, g.cart.id, input, now())), "/checkout/shipping", "/checkout/contact");
    })
    .get("/shipping", (c) => {
      const g = guard(c, "shipping");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const address = g.cart.checkout.address;
      const priced = priceCart(g.cart);
      const freeShip = address != null && priced.coupons.some((cp) => freeShippingCovers(cp, "standard", address.country));
      const rates = address ? quoteRates(address.country, priced.totals.merchandiseTotal, freeShip) : [];
      const dutiesNote = address ? shippingTable[address.country].dutiesNote : undefined;
      return c.html(<CheckoutShipping page={pageContext(c, deps)} cart={view(g.cart)} address={address} rates={rates} dutiesNote={dutiesNote} error={takeFlash(c)} />);
    })
    .post("/address", async (c) => {
      const g = guard(c, "shipping");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const form = Address.safeParse(await c.req.parseBody());
      if (!form.success) return redirectWithError(c, "/checkout/shipping", { message: "Please fill in every address field." });
      return after(c, repo.transact((draft) => setAddress(draft, g.cart.id, form.data, now())), "/checkout/shipping", "/checkout/shipping");
    })
    .post("/shipping", async (c) => {
      const g = guard(c, "shipping");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const form = RateForm.safeParse(await c.req.parseBody());
      if (!form.success) return redirectWithError(c, "/checkout/shipping", firstIssue(form.error));
      return after(c, repo.transact((draft) => setShippingRate(draft, g.cart.id, form.data.rateId, now())), "/checkout/payment", "/checkout/shipping");
    })
    .get("/payment", (c) => {
      const g = guard(c, "payment");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      return c.html(<CheckoutPayment page={pageContext(c, deps)} cart={view(g.cart)} selected={g.cart.checkout.paymentMethod} error={takeFlash(c)} />);
    })
    .post("/payment", async (c) => {
      const g = guard(c, "payment");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const form = PaymentForm.safeParse(await c.req.parseBody());
      if (!form.success) return redirectWithError(c, "/checkout/payment", { message: "Choose a payment method." });
      return after(c, repo.transact((draft) => setPayment(draft, g.cart.id, form.data.method, now())), "/checkout/review", "/checkout/payment");
    })
    .get("/review", (c) => {
      const g = guard(c, "review");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const { address, paymentMethod } = g.cart.checkout;
      if (!address || !paymentMethod) return c.redirect(`/checkout/${nextStep(g.cart)}`, 303);
      return c.html(<CheckoutReview page={pageContext(c, deps)} cart={view(g.cart)} address={address} payment={paymentMethod} error={takeFlash(c)} />);
    })
    .post("/place-order", (c) => {
      const g = guard(c, "review");
      if ("redirect" in g) return c.redirect(g.redirect, 303);
      const result = repo.transact((draft) => placeOrder(draft, g.cart.id, now()));
      if (!result.ok) return redirectWithError(c, result.code === "out_of_stock" ? "/cart" : "/checkout/review", result);
      deps.notifyOrder(result.order);
      forgetCart(c);
      return c.redirect(`/orders/${result.order.id}`, 303);
    });
}
