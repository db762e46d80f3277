/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { Category } from "../domain/product.ts";

export interface PageContext {
  nonce: string;
  edgeUrl: string;
  siteId: string;
  cart?: { id: string; itemCount: number; value: number; email?: string };
}

export interface LayoutProps {
  page: PageContext;
  title: string;
  /** Marks the checkout step for the widget (data-checkout-step). */
  step?: string;
  /** Reload when the assistant changed the cart (cart and checkout pages). */
  watchCart?: boolean;
  children?: Child;
}

const categories: Category[] = ["apparel", "shoes", "electronics", "home"];
/** JSON inside an inline script must not be able to close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

const embedStub =
  "window.CartSaver=window.CartSaver||function(){(window.CartSaver.q=window.CartSaver.q||[]).push(arguments)};";

export function Layout({ page, title, step, watchCart, children }: LayoutProps) {
  const cart = page.cart;
  const identify = cart
    ? { cartId: cart.id, itemCount: cart.itemCount, cartValue: cart.value, ...(cart.email ? { email: cart.email } : {}) }
    : undefined;
  const wiring = [
    identify ? `CartSaver('identify', ${scriptJson(identify)});` : "",
    watchCart ? "CartSaver('on', 'cart_updated', function () { location.reload(); });" : "",
  ].join("\n");
  return (
    <>
    {raw("<!doctype html>")}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Northwind Goods`}</title>
        <link rel="stylesheet" href="/assets/store.css" />
        <script nonce={page.nonce} dangerouslySetInnerHTML={{ __html: embedStub }} />
        <script src={`${page.edgeUrl}/widget.js`} data-site={page.siteId} async />
        {wiring.trim() ? <script nonce={page.nonce} dangerouslySetInnerHTML={{ __html: wiring }} /> : null}
      </head>
      <body {...(step ? { "data-checkout-step": step } : {})}>
        <header class="site-header">
          <a class="brand" href="/">
            Northwind Goods
          </a>
          <nav class="categories" aria-label="Categories">
            {categories.map((c) => (
              <a href={`/?category=${c}`} data-testid={`category-${c}`}>
                {c[0]?.toUpperCase() + c.slice(1)}
              </a>
            ))}
          </nav>
          <a class="cart-link" href="/cart" data-testid="cart-link">
            Cart <span class="badge" data-testid="cart-count">{page.cart?.itemCount ?? 0}</span>
          </a>
        </header>
        <main class="container">{children}</main>
        <footer class="site-footer">
          <p>Free returns within 30 days · Secure checkout (PCI DSS, 3-D Secure) · help@demo-store.example</p>
          <p class="muted">A demo store for Cart Saver. No real payments are taken.</p>
        </footer>
      </body>
    </html>
    </>
  );
}

export const Notice = ({ error }: { error?: string | undefined }) =>
  error ? (
    <p class="notice error" role="alert" data-testid="error">
      {error}
    </p>
  ) : null;
