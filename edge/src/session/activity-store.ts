import { z } from "zod";
import type { SignalType } from "../domain/session-state.ts";

/** What the follow-up schedule needs to know about the shopper's presence, beside the session row. */
export interface Activity {
  lastActivityAt: number;
  awaySince: number | null;
  orderPlaced: boolean;
  optedOut: boolean;
  lastWhatsAppInboundAt: number | null;
}

const ActivityRow = z
  .object({
    last_activity_at: z.number(),
    away_since: z.number().nullable(),
    order_placed: z.number(),
    opted_out: z.number(),
    last_whatsapp_inbound_at: z.number().nullable(),
  })
  .transform(
    (row): Activity => ({
      lastActivityAt: row.last_activity_at,
      awaySince: row.away_since,
      orderPlaced: row.order_placed === 1,
      optedOut: row.opted_out === 1,
      lastWhatsAppInboundAt: row.last_whatsapp_inbound_at,
    }),
  );

const awaySignals: ReadonlySet<SignalType> = new Set(["tab_hidden", "page_close"]);
/** `idle` says the shopper stopped doing anything: it is not activity. */
const passiveSignals: ReadonlySet<SignalType> = new Set(["idle"]);

/** The session's `activity` row (ctx.storage.sql); created on first write. */
export class ActivityStore {
  constructor(private readonly sql: SqlStorage) {}

  get(): Activity | null {
    const rows = this.sql.exec("SELECT * FROM activity WHERE id = 1").toArray();
    return rows[0] === undefined ? null : ActivityRow.parse(rows[0]);
  }

  private ensure(at: number): void {
    this.sql.exec("INSERT INTO activity (id, last_activity_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", at);
  }

  /** A widget signal: hidden/closed tabs start the grace period, anything active ends it. */
  signal(type: SignalType, at: number): void {
    this.ensure(at);
    if (awaySignals.has(type)) {
      this.sql.exec("UPDATE activity SET away_since = COALESCE(away_since, ?) WHERE id = 1", at);
    } else if (!passiveSignals.has(type)) {
      this.active(at);
    }
  }

  /** The shopper wrote (widget chat or a reply on a channel). */
  active(at: number): void {
    this.ensure(at);
    this.sql.exec("UPDATE activity SET last_activity_at = MAX(last_activity_at, ?), away_since = NULL WHERE id = 1", at);
  }

  whatsAppInbound(at: number): void {
    this.ensure(at);
    this.sql.exec("UPDATE activity SET last_whatsapp_inbound_at = ? WHERE id = 1", at);
  }

  orderPlaced(at: number): void {
    this.ensure(at);
    this.sql.exec("UPDATE activity SET order_placed = 1 WHERE id = 1");
  }

  setOptedOut(optedOut: boolean, at: number): void {
    this.ensure(at);
    this.sql.exec("UPDATE activity SET opted_out = ? WHERE id = 1", optedOut ? 1 : 0);
  }

  /** True the first time a provider message id is seen: providers redeliver on timeouts. */
  firstDelivery(providerMessageId: string, at: number): boolean {
    const rows = this.sql
      .exec("INSERT INTO inbound_seen (provider_message_id, at) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING at", providerMessageId, at)
      .toArray();
    return rows.length === 1;
  }
}
