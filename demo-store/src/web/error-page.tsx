/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Layout, type PageContext } from "./layout.tsx";

export function ErrorPage({ page, title, message, code }: { page: PageContext; title: string; message: string; code: string }) {
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p class="notice error" data-testid="error" data-error-code={code}>
        {message}
      </p>
      <p>
        <a href="/cart">Go to your cart</a> · <a href="/">Continue shopping</a>
      </p>
    </Layout>
  );
}
