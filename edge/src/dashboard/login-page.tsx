/** @jsxImportSource hono/jsx */
import { Layout } from "./layout.tsx";

/** The admin token form; the token becomes an HttpOnly cookie scoped to the dashboard. */
export function LoginPage(props: { base: string; error?: string; /** The filter to return to. */ query: string }) {
  return (
    <Layout title="Cart Saver · sign in" base={props.base}>
      <main>
        <form class="login section" method="post" action={`${props.base === "/" ? "" : props.base}/login`}>
          <h1>Cart Saver dashboard</h1>
          <label>
            Admin token
            <input type="password" name="token" autocomplete="current-password" required autofocus />
          </label>
          <input type="hidden" name="query" value={props.query} />
          {props.error ? <p class="error" role="alert">{props.error}</p> : null}
          <button type="submit">Sign in</button>
        </form>
      </main>
    </Layout>
  );
}
