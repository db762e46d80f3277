/** @jsxImportSource preact */
import type { ComponentChild } from "preact";
import { type Inline, parseMarkdown } from "./markdown.ts";
import { safeHref } from "./safe-link.ts";

/** Renders the markdown subset as elements; text stays text (no innerHTML anywhere). */
function inlines(nodes: Inline[], origins: ReadonlySet<string>, base: string): ComponentChild[] {
  return nodes.map((n) => {
    if (n.t === "text") return n.v;
    if (n.t === "br") return <br />;
    if (n.t === "strong") return <strong>{inlines(n.c, origins, base)}</strong>;
    if (n.t === "em") return <em>{inlines(n.c, origins, base)}</em>;
    const href = safeHref(n.href, origins, base);
    const label = inlines(n.c, origins, base);
    return href ? <a href={href}>{label}</a> : label;
  });
}

export function Markdown({ text, origins, base }: { text: string; origins: ReadonlySet<string>; base: string }) {
  return (
    <>
      {parseMarkdown(text).map((b) =>
        b.t === "p" ? (
          <p>{inlines(b.c, origins, base)}</p>
        ) : b.ordered ? (
          <ol>{b.items.map((i) => <li>{inlines(i, origins, base)}</li>)}</ol>
        ) : (
          <ul>{b.items.map((i) => <li>{inlines(i, origins, base)}</li>)}</ul>
        ),
      )}
    </>
  );
}
