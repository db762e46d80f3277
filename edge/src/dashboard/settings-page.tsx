/** @jsxImportSource hono/jsx */
import type { AuditEntry } from "../sites/site-repository.ts";
import { AuditLog } from "./audit-log.tsx";
import { EmbedSection } from "./embed-section.tsx";
import type { EmbedSnippet } from "./embed-snippets.ts";
import { Layout } from "./layout.tsx";
import type { FormState } from "./settings-fields.tsx";
import { fieldKinds } from "./field-kinds.ts";
import { patternOf } from "./settings-form.ts";
import { OffersSection } from "./settings-offers.tsx";
import { BrandSection, FollowUpSection, HandoverSection, MeasurementSection, SiteSection, TriggersSection } from "./settings-sections.tsx";
import { StoreSection } from "./settings-store.tsx";

export interface SettingsProps {
  /** Where the dashboard is mounted ("/dashboard"). */
  base: string;
  /** null while creating a site. */
  siteId: string | null;
  siteIds: string[];
  form: FormState;
  notice?: string;
  embed?: { snippets: EmbedSnippet[]; created: boolean };
  audit?: AuditEntry[];
}

const idOf = (name: string) => `f-${name.replace(/\./g, "-")}`;

/** Problems listed once at the top, each linking to its field, for keyboard and screen-reader users. */
function Problems({ form }: { form: FormState }) {
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return null;
  return (
    <div class="problems" role="alert" id="problems">
      <p>
        <b>Nothing was saved: {entries.length === 1 ? "one field needs" : `${entries.length} fields need`} attention.</b>
      </p>
      <ul>
        {entries.map(([name, messages]) => (
          <li>
            <a href={fieldKinds[patternOf(name)] ? `#${idOf(name)}` : `#${name.split(".")[0]}`}>{name}</a>: {messages.join(" ")}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SettingsPage(props: SettingsProps) {
  const base = props.base === "/" ? "" : props.base;
  const action = props.siteId === null ? `${base}/sites` : `${base}/sites/${props.siteId}`;
  return (
    <Layout title={`Cart Saver · ${props.siteId ?? "new site"} settings`} base={props.base}>
      <header>
        <h1>{props.siteId === null ? "Create a site" : `Settings · ${props.siteId}`}</h1>
        <nav class="settings-nav">
          <a href={props.base}>Figures</a>
          {props.siteIds.map((id) => (
            <a href={`${base}/sites/${id}`} aria-current={id === props.siteId ? "page" : undefined}>
              {id}
            </a>
          ))}
          <a href={`${base}/sites/new`}>Create site</a>
        </nav>
      </header>
      <main>
        {props.notice ? (
          <p class="notice" role="status">
            {props.notice}
          </p>
        ) : null}
        {props.embed?.created ? <EmbedSection {...props.embed} /> : null}
        <section>
          <form method="post" action={action} novalidate>
            {/* Enter in a field saves: the first submit button is the default one (not "show this platform's fields"). */}
            <button type="submit" hidden>
              Save
            </button>
            <Problems form={props.form} />
            <SiteSection form={props.form} creating={props.siteId === null} />
            <BrandSection form={props.form} />
            <TriggersSection form={props.form} />
            <OffersSection form={props.form} />
            <FollowUpSection form={props.form} />
            <StoreSection form={props.form} />
            <HandoverSection form={props.form} />
            <MeasurementSection form={props.form} />
            <button type="submit">{props.siteId === null ? "Create site" : "Save settings"}</button>
          </form>
        </section>
        {props.embed && !props.embed.created ? <EmbedSection {...props.embed} /> : null}
        {props.audit ? <AuditLog entries={props.audit} /> : null}
      </main>
    </Layout>
  );
}
