import { z } from "zod";
import { Objection } from "../domain/objection.ts";
import { ConversationChannel } from "./events.ts";

/** Aggregates the summary reads straight from D1, for the cohort of sessions of a site in [from, to). */

const cohortJoin = `FROM analytics_events e JOIN analytics_sessions s ON s.session_id = e.session_id
  WHERE s.site_id = ?1 AND s.created_at >= ?2 AND s.created_at < ?3`;

export interface Range {
  siteId: string;
  from: number;
  to: number;
}

async function all<T extends z.ZodType>(db: D1Database, schema: T, sql: string, r: Range, ...more: unknown[]): Promise<z.infer<T>[]> {
  const { results } = await db.prepare(sql).bind(r.siteId, r.from, r.to, ...more).all();
  return z.array(schema).parse(results);
}

/** Distinct (session, objection) pairs plus how often each was raised. */
export function objectionMentions(db: D1Database, r: Range) {
  return all(
    db,
    z.object({ session_id: z.string(), code: Objection, mentions: z.number() }),
    `SELECT e.session_id, e.detail AS code, COUNT(*) AS mentions ${cohortJoin} AND e.type = 'objection' GROUP BY e.session_id, e.detail`,
    r,
  );
}

export function channelCounts(db: D1Database, r: Range) {
  return all(
    db,
    z.object({ type: z.enum(["conversation_started", "followup_sent", "message"]), channel: ConversationChannel, role: z.string().nullable(), n: z.number() }),
    `SELECT e.type, e.channel, CASE WHEN e.type = 'message' THEN e.detail END AS role, COUNT(*) AS n ${cohortJoin}
       AND e.type IN ('conversation_started', 'followup_sent', 'message') GROUP BY e.type, e.channel, role`,
    r,
  );
}

export function offerDecisions(db: D1Database, r: Range) {
  return all(
    db,
    z.object({ outcome: z.enum(["granted", "refused"]), reason: z.string(), n: z.number() }),
    `SELECT e.detail AS outcome, json_extract(e.data, '$.reason') AS reason, COUNT(*) AS n ${cohortJoin}
       AND e.type = 'offer' GROUP BY e.detail, reason ORDER BY n DESC`,
    r,
  );
}

/** The latest conversations of the cohort with their messages (at most `perSession` each). */
export async function recentTranscripts(db: D1Database, r: Range, limit: number, perSession: number) {
  const started = await all(
    db,
    z.object({ session_id: z.string(), started_at: z.number() }),
    `SELECT e.session_id, MIN(e.at) AS started_at ${cohortJoin} AND e.type = 'conversation_started'
       GROUP BY e.session_id ORDER BY started_at DESC LIMIT ?4`,
    r,
    limit,
  );
  const ids = started.map((s) => s.session_id);
  if (ids.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT session_id, detail AS role, channel, json_extract(data, '$.text') AS text, at FROM analytics_events
        WHERE type = 'message' AND session_id IN (${ids.map(() => "?").join(", ")}) ORDER BY at, id`,
    )
    .bind(...ids)
    .all();
  const messages = z
    .array(z.object({ session_id: z.string(), role: z.enum(["user", "assistant"]), channel: ConversationChannel, text: z.string(), at: z.number() }))
    .parse(results);
  return started.map((s) => ({
    sessionId: s.session_id,
    startedAt: s.started_at,
    messages: messages
      .filter((m) => m.session_id === s.session_id)
      .slice(-perSession)
      .map(({ role, channel, text, at }) => ({ role, channel, text, at })),
  }));
}

/** Sites that have analytics sessions, busiest first, for the dashboard's site picker. */
export async function siteIdsWithSessions(db: D1Database): Promise<string[]> {
  const { results } = await db.prepare("SELECT site_id, COUNT(*) AS n FROM analytics_sessions GROUP BY site_id ORDER BY n DESC, site_id").all();
  return z.array(z.object({ site_id: z.string() })).parse(results).map((r) => r.site_id);
}
