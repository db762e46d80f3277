import type { UIMessage } from "ai";
import { z } from "zod";
import type { Contact, ObjectionRecord, OfferDecision } from "../agent/agent-context.ts";
import type { Objection } from "../domain/objection.ts";
import type { Channel, Group, SessionState, SignalType } from "../domain/session-state.ts";
import { KnownMessages } from "./known-messages.ts";
import { ObjectionRow, OfferRecord, SessionRow, SignalRow } from "./session-records.ts";
import { sessionColumns, sessionTables } from "./session-tables.ts";
import type { VerifiedCustomer } from "../auth/verify-customer.ts";

export interface SessionInit {
  sessionId: string;
  siteId: string;
  cartId: string;
  visitorId: string | null;
  group: Group;
  language: "en" | "de" | null;
  customer: VerifiedCustomer | null;
}

const noConsent: Contact = { consent: { email: false, sms: false, whatsapp: false }, verified: { email: false, phone: false } };
const BodyRow = z.object({ body: z.string() });
const CountRow = z.object({ n: z.number() });

/** Typed access to one session's SQLite tables (the Durable Object's storage). */
export class SessionStore {
  private readonly known = new KnownMessages();

  constructor(private readonly sql: SqlStorage) {
    sql.exec(sessionTables);
    const present = new Set(sql.exec("SELECT name FROM pragma_table_info('session')").toArray().map((row) => String(row.name)));
    for (const [column, ddl] of Object.entries(sessionColumns)) if (!present.has(column)) sql.exec(ddl);
  }

  /** The parsed session row until this store writes it (every write to its columns goes through here). */
  private row: SessionRow | null | undefined = undefined;

  session(): SessionRow | null {
    if (this.row === undefined) {
      const rows = this.sql.exec("SELECT * FROM session WHERE id = 1").toArray();
      this.row = rows[0] === undefined ? null : SessionRow.parse(rows[0]);
    }
    return this.row;
  }

  /** Writes to the session row; the next read parses it again. */
  private writeSession(query: string, ...bindings: SqlStorageValue[]): void {
    this.row = undefined;
    this.sql.exec(query, ...bindings);
  }

  create(init: SessionInit, now: number): void {
    this.writeSession(
      `INSERT INTO session (id, session_id, site_id, cart_id, visitor_id, grp, state, language, contact, customer, created_at, updated_at)
       VALUES (1, ?, ?, ?, ?, ?, 'browsing', ?, ?, ?, ?, ?)`,
      init.sessionId, init.siteId, init.cartId, init.visitorId, init.group, init.language, JSON.stringify(noConsent),
      init.customer === null ? null : JSON.stringify(init.customer), now, now,
    );
  }

  setState(state: SessionState, now: number): void {
    this.writeSession("UPDATE session SET state = ?, updated_at = ? WHERE id = 1", state, now);
  }

  setTrigger(trigger: SignalType, page: string | null): void {
    this.writeSession("UPDATE session SET trigger_type = ?, page = COALESCE(?, page) WHERE id = 1", trigger, page);
  }

  setHandover(reason: string): void {
    this.writeSession("UPDATE session SET handover_reason = ? WHERE id = 1", reason);
  }

  saveContact(contact: Contact): void {
    this.writeSession("UPDATE session SET contact = ? WHERE id = 1", JSON.stringify(contact));
  }

  /** Consent for one channel (STOP / START on that channel). */
  setConsent(channel: Channel, value: boolean): void {
    const contact = this.session()?.contact;
    if (contact) this.saveContact({ ...contact, consent: { ...contact.consent, [channel]: value } });
  }

  addSignal(type: SignalType, at: number, data: unknown): void {
    this.sql.exec("INSERT INTO signals (type, at, data) VALUES (?, ?, ?)", type, at, data === undefined ? null : JSON.stringify(data));
  }

  signalCount(): number {
    return CountRow.parse(this.sql.exec("SELECT COUNT(*) AS n FROM signals").one()).n;
  }

  lastSignal(): z.infer<typeof SignalRow> | null {
    const rows = this.sql.exec("SELECT type, at, data FROM signals ORDER BY seq DESC LIMIT 1").toArray();
    return rows[0] === undefined ? null : SignalRow.parse(rows[0]);
  }

  objections(): ObjectionRecord[] {
    return this.sql.exec("SELECT code, at, addressed FROM objections ORDER BY at, code").toArray().map((row) => ObjectionRow.parse(row));
  }

  recordObjection(code: Objection, at: number): void {
    this.sql.exec("INSERT INTO objections (code, at) VALUES (?, ?) ON CONFLICT (code) DO NOTHING", code, at);
  }

  markAddressed(code: Objection): void {
    this.sql.exec("UPDATE objections SET addressed = 1 WHERE code = ?", code);
  }

  offers(): OfferDecision[] {
    return this.sql.exec("SELECT body FROM offers ORDER BY seq").toArray().map((row) => OfferRecord.parse(JSON.parse(BodyRow.parse(row).body)));
  }

  recordOffer(decision: OfferDecision): void {
    this.sql.exec("INSERT INTO offers (body) VALUES (?)", JSON.stringify(decision));
  }

  hasMessage(id: string): boolean {
    return this.sql.exec("SELECT 1 FROM messages WHERE id = ?", id).toArray().length > 0;
  }

  /** Whether the shopper has written anything yet (a proactive opener alone is not a chat). */
  hasShopperMessages(): boolean {
    return this.shopperMessageCount() > 0;
  }

  /** Inserts new messages and replaces known ones (by id), keeping the original order. */
  upsertMessages(messages: UIMessage[], now: number): void {
    for (const message of messages) {
      const body = JSON.stringify(message);
      // A turn hands back its whole window: rows already holding this exact body are not rewritten.
      if (this.known.holds(message.id, body)) continue;
      this.sql.exec(
        `INSERT INTO messages (id, role, body, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body`,
        message.id, message.role, body, now,
      );
      this.known.remember(body, message);
    }
  }

  async messages(): Promise<UIMessage[]> {
    return this.known.read(this.sql.exec("SELECT id, body FROM messages ORDER BY seq").toArray());
  }

  /** The newest `limit` messages in order, and how many older ones there are (a turn reads only these). */
  async recentMessages(limit: number): Promise<{ messages: UIMessage[]; omitted: number }> {
    const rows = this.sql.exec("SELECT id, body FROM (SELECT seq, id, body FROM messages ORDER BY seq DESC LIMIT ?) ORDER BY seq", limit).toArray();
    const total = CountRow.parse(this.sql.exec("SELECT COUNT(*) AS n FROM messages").one()).n;
    return { messages: await this.known.read(rows), omitted: total - rows.length };
  }

  shopperMessageCount(): number {
    return CountRow.parse(this.sql.exec("SELECT COUNT(*) AS n FROM messages WHERE role = 'user'").one()).n;
  }
}
