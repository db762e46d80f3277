/** @jsxImportSource hono/jsx */
import type { EmbedSnippet } from "./embed-snippets.ts";

/** The embed code per platform, in read-only text areas to select and copy (no script needed). */
export function EmbedSection({ snippets, created }: { snippets: EmbedSnippet[]; created: boolean }) {
  return (
    <section id="embed">
      <h2>{created ? "Site created: paste this into your store" : "Embed code"}</h2>
      {snippets.map((s) => (
        <div class="field" data-platform={s.platform}>
          <label for={`embed-${s.platform}`}>
            <span>{s.title}</span>
          </label>
          <p class="hint">{s.where}</p>
          <textarea id={`embed-${s.platform}`} class="snippet" readonly rows={s.code.split("\n").length + 1}>
            {s.code}
          </textarea>
        </div>
      ))}
    </section>
  );
}
