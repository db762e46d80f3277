/** @jsxImportSource hono/jsx */
import { Layout } from "./layout.tsx";

export function ErrorPage(props: { title: string; messages: string[]; backTo: string }) {
  return (
    <Layout title={`Cart Saver · ${props.title}`} base={props.backTo}>
      <main>
        <section>
          <h1>{props.title}</h1>
          <ul class="error" role="alert">
            {props.messages.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
          <p>
            <a href={props.backTo}>Back to the dashboard</a>
          </p>
        </section>
      </main>
    </Layout>
  );
}
