/** @jsxImportSource preact */
import { rec, str } from "../../common/read.ts";
import type { Channel } from "../chat-model.ts";
import { fill } from "../i18n.ts";
import type { ViewCtx } from "./product-card.tsx";

const CHANNELS: readonly Channel[] = ["email", "sms", "whatsapp"];

/**
 * saveCartForLater stored the address without consent ({ consentNeeded: true }): only the shopper's
 * own tick here, never the model, gives consent to that one channel (POST /v1/contact).
 */
export function ConsentCard({ id, output, ctx }: { id: string; output: unknown; ctx: ViewCtx }) {
  const o = rec(output);
  const channel = CHANNELS.find((c) => c === o.channel);
  const address = str(o.address);
  if (o.consentNeeded !== true || !channel || !address) return null;
  const state = ctx.consents[id];
  if (state === "sent")
    return (
      <div class="card note" data-view="consent" role="status">
        {fill(ctx.t.consentSent, { address })}
      </div>
    );
  return (
    <form
      class="card note"
      data-view="consent"
      onSubmit={(e) => {
        e.preventDefault();
        if (e.currentTarget.querySelector("input")?.checked) ctx.giveConsent(id, channel, address);
      }}
    >
      <strong>{address}</strong>
      <label class="tick">
        <input type="checkbox" required />
        {fill(ctx.t.consentAsk, { channel: ctx.t.channels[channel] })}
      </label>
      {(state === "failed" || state === "limited") && (
        <div class="no" role="alert">
          {state === "limited" ? ctx.t.limited : ctx.t.consentError}
        </div>
      )}
      <button type="submit" class="cta" disabled={state === "sending"}>
        {ctx.t.consentSave}
      </button>
    </form>
  );
}
