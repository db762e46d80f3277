import type { z } from "zod";
import { AnalyticsEvent, type AnalyticsEventInput, type SessionStartedEvent } from "./events.ts";
import { ensureAnalyticsSchema } from "./schema.ts";

export type RecordResult = { ok: true; recorded: number } | { ok: false; code: "invalid_event"; issues: z.core.$ZodIssue[] };

/** The event's main dimension and channel, the columns the dashboard groups by. */
function columnsOf(event: AnalyticsEvent): { detail: string | null; channel: string | null } {
  switch (event.type) {
    case "signal":
      return { detail: event.signal, channel: null };
    case "intervention":
      return { detail: event.trigger, channel: "widget" };
    case "conversation_started":
      return { detail: null, channel: event.channel };
    case "message":
      return { detail: event.role, channel: event.channel };
    case "objection":
      return { detail: event.code, channel: null };
    case "offer":
      return { detail: event.outcome, channel: null };
    case "followup_sent":
      return { detail: String(event.step), channel: event.channel };
    case "handover":
      return { detail: event.reason, channel: null };
    case "session_started":
      return { detail: event.group, channel: null };
    case "checkout_link_clicked":
      return { detail: null, channel: null };
  }
}

function statementFor(db: D1Database, event: AnalyticsEvent): D1PreparedStatement {
  if (event.type === "session_started") {
    return db
      .prepare(
        `INSERT INTO analytics_sessions (session_id, site_id, cart_id, grp, created_at, window_hours) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (session_id) DO NOTHING`,
      )
      .bind(event.sessionId, event.siteId, event.cartId, event.group, event.at, event.attributionWindowHours);
  }
  const { detail, channel } = columnsOf(event);
  const { id = crypto.randomUUID(), ...rest } = event;
  return db
    .prepare(
      `INSERT INTO analytics_events (id, site_id, session_id, type, at, detail, channel, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO NOTHING`,
    )
    .bind(id, event.siteId, event.sessionId, event.type, event.at, detail, channel, JSON.stringify(rest));
}

/**
 * Validates and stores events in one batch (all or nothing). A repeated event id is ignored,
 * so callers that retry should pass a stable `id`.
 */
export async function recordEvents(db: D1Database, inputs: readonly AnalyticsEventInput[]): Promise<RecordResult> {
  const events: AnalyticsEvent[] = [];
  for (const input of inputs) {
    const parsed = AnalyticsEvent.safeParse(input);
    if (!parsed.success) return { ok: false, code: "invalid_event", issues: parsed.error.issues };
    events.push(parsed.data);
  }
  if (events.length === 0) return { ok: true, recorded: 0 };
  await ensureAnalyticsSchema(db);
  const results = await db.batch(events.map((event) => statementFor(db, event)));
  return { ok: true, recorded: results.reduce((sum, r) => sum + r.meta.changes, 0) };
}

export function recordEvent(db: D1Database, input: AnalyticsEventInput): Promise<RecordResult> {
  return recordEvents(db, [input]);
}

/** `at` (epoch ms) defaults to now. */
export type SessionStarted = Omit<z.input<typeof SessionStartedEvent>, "type" | "at"> & { at?: number };

/** Indexes a new session (cart -> session, group, window): call from POST /v1/sessions. */
export function recordSessionStarted(db: D1Database, s: SessionStarted): Promise<RecordResult> {
  return recordEvent(db, { type: "session_started", ...s, at: s.at ?? Date.now() });
}
