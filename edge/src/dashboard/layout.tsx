/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";

/** `base` is where the dashboard is mounted ("/dashboard"): the stylesheet is served there. */
export function Layout(props: { title: string; base: string; children: Child }) {
  const base = props.base === "/" ? "" : props.base;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <link rel="stylesheet" href={`${base}/style.css`} />
      </head>
      <body>{props.children}</body>
    </html>
  );
}
