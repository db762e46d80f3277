import { z } from "zod";
import type { Channel } from "../domain/session-state.ts";
import { ensureChannelSchema } from "./channel-d1-schema.ts";

/**
 * Addresses are keyed so SMS and WhatsApp share a phone: Meta sends `4915…`, Twilio `+4915…`.
 * Emails compare case-insensitively.
 */
export function contactKey(channel: Channel, address: string): string | null {
  if (channel === "email") {
    const email = address.trim().toLowerCase();
    return email.includes("@") ? `email:${email}` : null;
  }
  const digits = address.replace(/\D/g, "");
  return digits.length >= 7 ? `phone:${digits}` : null;
}

export interface ContactAddresses {
  email?: string | null;
  phone?: string | null;
}

/** Remembers that these addresses belong to the session (written whenever the session learns them). */
export async function indexContact(db: D1Database, ref: { siteId: string; sessionId: string }, contact: ContactAddresses, now: number): Promise<void> {
  const keys = [contact.email ? contactKey("email", contact.email) : null, contact.phone ? contactKey("sms", contact.phone) : null];
  const present = keys.filter((key): key is string => key !== null);
  if (present.length === 0) return;
  await ensureChannelSchema(db);
  await db.batch(
    present.map((key) =>
      db
        .prepare(
          `INSERT INTO contact_sessions (address, session_id, site_id, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (address, session_id) DO UPDATE SET updated_at = MAX(updated_at, excluded.updated_at)`,
        )
        .bind(key, ref.sessionId, ref.siteId, now),
    ),
  );
}

const SessionRef = z.object({ session_id: z.string(), site_id: z.string() });
export interface ContactSession {
  sessionId: string;
  siteId: string;
}

/** The sessions that know this address, the most recently active first. */
export async function sessionsForContact(db: D1Database, channel: Channel, address: string, limit = 20): Promise<ContactSession[]> {
  const key = contactKey(channel, address);
  if (key === null) return [];
  await ensureChannelSchema(db);
  const { results } = await db
    .prepare("SELECT session_id, site_id FROM contact_sessions WHERE address = ? ORDER BY updated_at DESC LIMIT ?")
    .bind(key, limit)
    .all();
  return results.map((row) => {
    const ref = SessionRef.parse(row);
    return { sessionId: ref.session_id, siteId: ref.site_id };
  });
}
