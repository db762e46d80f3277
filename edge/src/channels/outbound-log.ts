import { z } from "zod";
import { Channel } from "../domain/session-state.ts";
import { ensureChannelSchema } from "../session/channel-d1-schema.ts";
import { contactKey } from "../session/contact-index.ts";

/** Why we sent a message: it decides the cap and what a reply to it may do. */
export const SendKind = z.enum(["confirmation", "followup", "reply"]);
export type SendKind = z.infer<typeof SendKind>;

const day = 24 * 60 * 60 * 1000;
/**
 * Sends per address (email or number) in any 24 hours, across every session and site: a script
 * that registers a stranger's address over and over reaches it at most `confirmation` times.
 */
export const sendCaps: Record<SendKind, number> = { confirmation: 3, followup: 3, reply: 30 };

export interface SendTag {
  siteId: string;
  sessionId: string;
  kind: SendKind;
}

export const SendRecord = z
  .object({ id: z.string(), site_id: z.string(), session_id: z.string(), channel: Channel, kind: SendKind, address: z.string(), at: z.number() })
  .transform((r) => ({ id: r.id, siteId: r.site_id, sessionId: r.session_id, channel: r.channel, kind: r.kind, address: r.address, at: r.at }));
export type SendRecord = z.output<typeof SendRecord>;

/** 128 random bits, lower-case hex: also the reply token in Reply-To (some relays lower-case local parts). */
export const newSendId = () => crypto.randomUUID().replaceAll("-", "");

export type ClaimResult = "claimed" | "send_cap_reached" | "suppressed" | "invalid_address";

/**
 * Records a send before it goes out, in one statement that also enforces the cap and (except for
 * a confirmation the shopper just asked for) the site's unsubscribe list: parallel claims cannot
 * both slip under the cap.
 */
export async function claimSend(
  db: D1Database,
  send: SendTag & { id: string; channel: Channel; to: string; ourAddress: string | null; emailMessageId: string | null; at: number },
): Promise<ClaimResult> {
  const address = contactKey(send.channel, send.to);
  if (address === null) return "invalid_address";
  await ensureChannelSchema(db);
  const checkSuppression = send.kind === "confirmation" ? 0 : 1;
  const inserted = await db
    .prepare(
      `INSERT INTO outbound_messages (id, site_id, session_id, channel, kind, address, our_address, status, email_message_id, at)
       SELECT ?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?
       WHERE (SELECT COUNT(*) FROM outbound_messages WHERE address = ? AND kind = ? AND at > ?) < ?
         AND NOT (? = 1 AND EXISTS (SELECT 1 FROM contact_suppressions WHERE site_id = ? AND address = ?))
       RETURNING id`,
    )
    .bind(send.id, send.siteId, send.sessionId, send.channel, send.kind, address, send.ourAddress, send.emailMessageId, send.at, address, send.kind, send.at - day, sendCaps[send.kind], checkSuppression, send.siteId, address)
    .first();
  if (inserted !== null) return "claimed";
  return checkSuppression === 1 && (await isSuppressed(db, send.siteId, address)) ? "suppressed" : "send_cap_reached";
}

export async function completeSend(db: D1Database, id: string, result: { ok: true; providerMessageId: string } | { ok: false }): Promise<void> {
  await db
    .prepare("UPDATE outbound_messages SET status = ?, provider_message_id = ? WHERE id = ?")
    .bind(result.ok ? "sent" : "failed", result.ok ? result.providerMessageId : null, id)
    .run();
}

const columns = "id, site_id, session_id, channel, kind, address, at";
// Lookups take claimed sends too: a fast reply can arrive before the provider's answer is recorded.
const parseRow = (row: Record<string, unknown> | null) => (row === null ? null : SendRecord.parse(row));

/** A send we made, by its id (the reply token). */
export async function sendById(db: D1Database, id: string): Promise<SendRecord | null> {
  await ensureChannelSchema(db);
  return parseRow(await db.prepare(`SELECT ${columns} FROM outbound_messages WHERE id = ? AND status != 'failed'`).bind(id).first());
}

/** The newest of our emails among these Message-IDs (In-Reply-To first, then References). */
export async function sendByEmailMessageIds(db: D1Database, messageIds: string[]): Promise<SendRecord | null> {
  if (messageIds.length === 0) return null;
  await ensureChannelSchema(db);
  const marks = messageIds.map(() => "?").join(", ");
  const row = await db
    .prepare(`SELECT ${columns} FROM outbound_messages WHERE channel = 'email' AND status != 'failed' AND email_message_id IN (${marks}) ORDER BY at DESC LIMIT 1`)
    .bind(...messageIds)
    .first();
  return parseRow(row);
}

/** The send a provider message id belongs to (WhatsApp's `context.id`). */
export async function sendByProviderId(db: D1Database, providerMessageId: string): Promise<SendRecord | null> {
  await ensureChannelSchema(db);
  return parseRow(await db.prepare(`SELECT ${columns} FROM outbound_messages WHERE provider_message_id = ? AND status != 'failed'`).bind(providerMessageId).first());
}

/** Our latest send on a phone channel to this number (from our number `ourAddress`, when given). */
export async function latestSendTo(db: D1Database, channel: Channel, to: string, ourAddress: string | null): Promise<SendRecord | null> {
  const address = contactKey(channel, to);
  if (address === null) return null;
  await ensureChannelSchema(db);
  const row = await db
    .prepare(
      `SELECT ${columns} FROM outbound_messages WHERE channel = ? AND address = ? AND status != 'failed' AND (? IS NULL OR our_address = ?) ORDER BY at DESC LIMIT 1`,
    )
    .bind(channel, address, ourAddress, ourAddress)
    .first();
  return parseRow(row);
}

/** Whether this session already sent a confirmation to this address (one per session and address). */
export async function confirmationSent(db: D1Database, sessionId: string, channel: Channel, to: string): Promise<boolean> {
  const address = contactKey(channel, to);
  if (address === null) return false;
  await ensureChannelSchema(db);
  const row = await db
    .prepare("SELECT 1 AS one FROM outbound_messages WHERE session_id = ? AND address = ? AND kind = 'confirmation' AND status != 'failed' LIMIT 1")
    .bind(sessionId, address)
    .first();
  return row !== null;
}

export async function isSuppressed(db: D1Database, siteId: string, address: string): Promise<boolean> {
  await ensureChannelSchema(db);
  return (await db.prepare("SELECT 1 AS one FROM contact_suppressions WHERE site_id = ? AND address = ?").bind(siteId, address).first()) !== null;
}

/** Unsubscribe (or STOP): no follow-up of this site goes to the address again until it confirms anew. */
export async function setSuppressed(db: D1Database, siteId: string, channel: Channel, to: string, suppressed: boolean, at: number): Promise<void> {
  const address = contactKey(channel, to);
  if (address === null) return;
  await ensureChannelSchema(db);
  const statement = suppressed
    ? db.prepare("INSERT INTO contact_suppressions (site_id, address, at) VALUES (?, ?, ?) ON CONFLICT (site_id, address) DO NOTHING").bind(siteId, address, at)
    : db.prepare("DELETE FROM contact_suppressions WHERE site_id = ? AND address = ?").bind(siteId, address);
  await statement.run();
}
