/** @jsxImportSource hono/jsx */
import type { RecentConversation } from "../analytics/summary-schema.ts";
import { formatMoney, formatTime, label } from "./format.ts";

const outcomes: Record<RecentConversation["outcome"], string> = {
  in_session: "recovered in session",
  follow_up: "recovered by follow-up",
  none: "ordered, not attributed",
  open: "no order yet",
};

export function RecentConversations(props: { conversations: RecentConversation[]; currency: string }) {
  if (props.conversations.length === 0) return <p class="empty">No conversations in this period.</p>;
  return (
    <div>
      {props.conversations.map((c) => (
        <details data-session={c.sessionId}>
          <summary>
            {formatTime(c.startedAt)} · {c.objections.map(label).join(", ") || "no objection recorded"} · {outcomes[c.outcome]}
            {c.orderTotal === null ? "" : ` (${formatMoney(c.orderTotal, props.currency)})`}
            {c.handedOver ? " · handed to a human" : ""}
          </summary>
          {c.messages.length === 0 ? <p class="empty">No messages recorded.</p> : null}
          {c.messages.map((m) => (
            <p class={`msg ${m.role}`}>
              <small>
                {m.role === "user" ? "Shopper" : "Assistant"} · {m.channel} · {formatTime(m.at)}
              </small>
              {m.text}
            </p>
          ))}
        </details>
      ))}
    </div>
  );
}
