import { z } from "zod";

import { ensureMigrations as ensureHandoverSchema } from "../d1/ensure-migrations.ts";

/** Open handovers by site, for the dashboard inbox (edge/migrations/0007_handovers.sql). */

/** Who or what started a handover. */
export const HandoverTrigger = z.enum(["keyword", "vip", "could_not_help", "model"]);
export type HandoverTrigger = z.infer<typeof HandoverTrigger>;

export const HandoverRow = z.object({
  session_id: z.string(),
  site_id: z.string(),
  reason: z.string(),
  trigger: HandoverTrigger,
  status: z.enum(["open", "closed"]),
  last_message: z.string().nullable(),
  started_at: z.number(),
  updated_at: z.number(),
});
export type HandoverRow = z.infer<typeof HandoverRow>;

export async function openHandover(db: D1Database, h: { siteId: string; sessionId: string; reason: string; trigger: HandoverTrigger; lastMessage: string | null; at: number }) {
  await ensureHandoverSchema(db);
  await db
    .prepare(
      `INSERT INTO handovers (session_id, site_id, reason, trigger, status, last_message, started_at, updated_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET reason = excluded.reason, trigger = excluded.trigger, status = 'open', last_message = excluded.last_message, started_at = excluded.started_at, updated_at = excluded.updated_at`,
    )
    .bind(h.sessionId, h.siteId, h.reason.slice(0, 500), h.trigger, h.lastMessage?.slice(0, 500) ?? null, h.at, h.at)
    .run();
}

/** The shopper wrote again while waiting: the inbox shows the newest message first. */
export async function touchHandover(db: D1Database, sessionId: string, lastMessage: string, at: number) {
  await ensureHandoverSchema(db);
  await db.prepare("UPDATE handovers SET last_message = ?, updated_at = ? WHERE session_id = ?").bind(lastMessage.slice(0, 500), at, sessionId).run();
}

export async function closeHandover(db: D1Database, sessionId: string, at: number) {
  await ensureHandoverSchema(db);
  await db.prepare("UPDATE handovers SET status = 'closed', updated_at = ? WHERE session_id = ?").bind(at, sessionId).run();
}

export async function openHandovers(db: D1Database, siteId: string | null): Promise<HandoverRow[]> {
  await ensureHandoverSchema(db);
  const query = siteId === null
    ? db.prepare("SELECT * FROM handovers WHERE status = 'open' ORDER BY updated_at DESC LIMIT 200")
    : db.prepare("SELECT * FROM handovers WHERE status = 'open' AND site_id = ? ORDER BY updated_at DESC LIMIT 200").bind(siteId);
  const { results } = await query.all();
  return results.map((row) => HandoverRow.parse(row));
}

export async function findHandover(db: D1Database, sessionId: string): Promise<HandoverRow | null> {
  await ensureHandoverSchema(db);
  const row = await db.prepare("SELECT * FROM handovers WHERE session_id = ?").bind(sessionId).first();
  return row === null ? null : HandoverRow.parse(row);
}
