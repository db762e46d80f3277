import { z } from "zod";
import { Group } from "../domain/session-state.ts";
import type { SessionFacts } from "./attribution.ts";
import { abandonmentSignals, ConversationChannel } from "./events.ts";

/** One row per session with what attribution and the summary need, computed in D1. */
export interface SessionDigest extends SessionFacts {
  siteId: string;
  cartId: string;
  conversations: number;
  handovers: number;
  checkoutClicks: number;
}

const jsonArray = <T extends z.ZodType>(item: T) =>
  z.string().transform((text, ctx) => {
    try {
      return z.array(item).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: "custom", message: "not a JSON array of the expected items" });
      return z.NEVER;
    }
  });

const DigestRow = z.object({
  session_id: z.string(),
  site_id: z.string(),
  cart_id: z.string(),
  grp: Group,
  created_at: z.number(),
  window_hours: z.number(),
  first_abandon_at: z.number().nullable(),
  touches: jsonArray(
    z.object({ type: z.enum(["intervention", "conversation_started", "followup_sent"]), at: z.number(), channel: ConversationChannel.nullable() }),
  ),
  granted: jsonArray(z.string()),
  handovers: z.number(),
  checkout_clicks: z.number(),
});

const abandonList = abandonmentSignals.map((s) => `'${s}'`).join(", ");

const digestSelect = `
SELECT s.session_id, s.site_id, s.cart_id, s.grp, s.created_at, s.window_hours,
  (SELECT MIN(e.at) FROM analytics_events e WHERE e.session_id = s.session_id AND e.type = 'signal' AND e.detail IN (${abandonList})) AS first_abandon_at,
  (SELECT json_group_array(json_object('type', e.type, 'at', e.at, 'channel', e.channel)) FROM analytics_events e
     WHERE e.session_id = s.session_id AND e.type IN ('intervention', 'conversation_started', 'followup_sent')) AS touches,
  (SELECT json_group_array(json_extract(e.data, '$.code')) FROM analytics_events e
     WHERE e.session_id = s.session_id AND e.type = 'offer' AND e.detail = 'granted' AND json_extract(e.data, '$.code') IS NOT NULL) AS granted,
  (SELECT COUNT(*) FROM analytics_events e WHERE e.session_id = s.session_id AND e.type = 'handover') AS handovers,
  (SELECT COUNT(*) FROM analytics_events e WHERE e.session_id = s.session_id AND e.type = 'checkout_link_clicked') AS checkout_clicks
FROM analytics_sessions s`;

function toDigest(row: z.infer<typeof DigestRow>): SessionDigest {
  const touches = row.touches;
  return {
    sessionId: row.session_id,
    siteId: row.site_id,
    cartId: row.cart_id,
    group: row.grp,
    createdAt: row.created_at,
    windowHours: row.window_hours,
    firstAbandonAt: row.first_abandon_at,
    touches,
    grantedCodes: row.granted,
    conversations: touches.filter((t) => t.type === "conversation_started").length,
    handovers: row.handovers,
    checkoutClicks: row.checkout_clicks,
  };
}

async function query(db: D1Database, where: string, ...params: unknown[]): Promise<SessionDigest[]> {
  const { results } = await db.prepare(`${digestSelect} ${where}`).bind(...params).all();
  return z.array(DigestRow).parse(results).map(toDigest);
}

/** Every session of one cart. */
export function digestsForCart(db: D1Database, cartId: string): Promise<SessionDigest[]> {
  return query(db, "WHERE s.cart_id = ? ORDER BY s.created_at", cartId);
}

/** Every session of every cart that had a session of `siteId` created in [from, to). */
export function digestsForCartsOfRange(db: D1Database, siteId: string, from: number, to: number): Promise<SessionDigest[]> {
  return query(
    db,
    `WHERE s.cart_id IN (SELECT r.cart_id FROM analytics_sessions r WHERE r.site_id = ? AND r.created_at >= ? AND r.created_at < ?)
     ORDER BY s.created_at`,
    siteId,
    from,
    to,
  );
}
