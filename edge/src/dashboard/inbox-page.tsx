/** @jsxImportSource hono/jsx */
import type { HandoverRow } from "../handover/handover-index.ts";
import type { Cart } from "../store/store-schemas.ts";
import type { TranscriptLine } from "./inbox-view.ts";
import { formatMoney, formatTime, label } from "./format.ts";
import { Layout } from "./layout.tsx";


const speakers = { shopper: "Shopper", assistant: "Assistant", platform: "Cart Saver", human: "Team" } as const;

export function InboxList(props: { handovers: HandoverRow[]; basePath: string }) {
  return (
    <Layout title="Inbox · Cart Saver" base={props.basePath}>
      <header>
        <h1>Waiting for a person</h1>
        <a href={props.basePath} class="on-brand">Dashboard</a>
      </header>
      <main>
        <section>
          {props.handovers.length === 0 ? <p class="empty">Nobody is waiting.</p> : null}
          <ul class="inbox">
            {props.handovers.map((h) => (
              <li data-session={h.session_id}>
                <a href={`${props.basePath}/inbox/${h.session_id}`}>{h.site_id} · {formatTime(h.updated_at)}</a> · {label(h.trigger)}
                {h.last_message ? ` · “${h.last_message.slice(0, 120)}”` : ""}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}

export interface ConversationProps {
  sessionId: string;
  siteId: string;
  state: string;
  reason: string | null;
  messages: TranscriptLine[];
  objections: string[];
  cart: Cart | null;
  basePath: string;
  notice?: string;
}

export function InboxConversation(p: ConversationProps) {
  const action = `${p.basePath}/inbox/${p.sessionId}`;
  return (
    <Layout title="Conversation · Cart Saver" base={p.basePath}>
      <header>
        <h1>Conversation on {p.siteId}</h1>
        <a href={`${p.basePath}/inbox`} class="on-brand">Inbox</a>
      </header>
      <main>
        {p.notice ? <p role="status">{p.notice}</p> : null}
        <section>
          <h2>{p.state === "human" ? "You hold this conversation" : "The assistant holds this conversation"}</h2>
          <p class="note">Reason: {p.reason ?? "–"} · Objections: {p.objections.map(label).join(", ") || "none recorded"}</p>
          {p.cart ? (
            <ul aria-label="Cart">
              {p.cart.lines.map((l) => (
                <li>{l.quantity} × {l.title} ({formatMoney(l.unitPrice.amount, l.unitPrice.currency)})</li>
              ))}
              <li>Total {formatMoney(p.cart.total.amount, p.cart.total.currency)}</li>
            </ul>
          ) : (
            <p class="empty">The cart could not be loaded.</p>
          )}
        </section>
        <section aria-label="Transcript">
          {p.messages.map((m) => (
            <p class={`msg ${m.role}${m.author === "human" ? " human" : ""}`} data-author={m.author}>
              <small>{m.author === "human" ? `${m.name ?? speakers.human} (team)` : speakers[m.author]}</small>
              {m.text || "(tool call)"}
            </p>
          ))}
          <form method="post" action={`${action}/reply`} class="reply">
            <label>Your name <input name="name" required maxLength={60} value="Support" /></label>
            <label>Reply <textarea name="text" required maxLength={4000} /></label>
            <button type="submit">Send reply</button>
          </form>
          <form method="post" action={`${action}/hand-back`} class="reply">
            <button type="submit">Hand back to the assistant</button>
          </form>
        </section>
      </main>
    </Layout>
  );
}
