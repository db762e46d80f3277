import type { UIMessage } from "ai";
import type { SessionSnapshot } from "../agent/agent-context.ts";
import type { SessionRow } from "./session-records.ts";
import type { SessionStore } from "./session-store.ts";

export function sessionSnapshot(row: SessionRow, store: SessionStore): SessionSnapshot {
  return {
    sessionId: row.session_id,
    siteId: row.site_id,
    cartId: row.cart_id,
    visitorId: row.visitor_id,
    group: row.grp,
    state: row.state,
    objections: store.objections(),
    offers: store.offers(),
    contact: row.contact,
    trigger: row.trigger_type,
    page: row.page,
    language: row.language,
    customer: row.customer === null ? null : { ...row.customer, verified: true },
  };
}

/** What GET /v1/sessions/:id returns: enough to restore the chat after a reload. */
export function sessionView(row: SessionRow, store: SessionStore, messages: UIMessage[], turnInProgress: boolean) {
  const snapshot = sessionSnapshot(row, store);
  return {
    sessionId: snapshot.sessionId,
    siteId: snapshot.siteId,
    cartId: snapshot.cartId,
    group: snapshot.group,
    state: snapshot.state,
    objections: snapshot.objections.map((o) => o.code),
    objectionDetails: snapshot.objections,
    // A refused offer's code stays private: the shopper could otherwise apply it by hand.
    offers: snapshot.offers.map(({ objection, granted, code, amount, reason, at }) => ({ objection, granted, code: granted ? code : null, amount, reason, at })),
    messages,
    signals: { count: store.signalCount(), last: store.lastSignal()?.type ?? null },
    trigger: snapshot.trigger,
    page: snapshot.page,
    language: snapshot.language,
    handoverReason: row.handover_reason,
    consent: snapshot.contact.consent,
    turnInProgress,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
export type SessionView = ReturnType<typeof sessionView>;
