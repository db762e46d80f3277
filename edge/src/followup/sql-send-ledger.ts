import { z } from "zod";
import { LedgerEntry, type SendLedger, type StepClaim, type StepOutcome } from "./send-ledger.ts";

type SqlValue = ArrayBuffer | string | number | null;

/** The part of a Durable Object's `ctx.storage.sql` (SqlStorage) the ledger uses. */
export interface SqlExec {
  exec(query: string, ...bindings: SqlValue[]): { toArray(): Record<string, SqlValue>[] };
}

const Row = z.object({
  session_id: z.string(),
  step_index: z.number(),
  channel: z.string(),
  status: z.string(),
  claimed_at: z.number(),
  detail: z.string().nullable(),
});

const schema = `CREATE TABLE IF NOT EXISTS follow_up_ledger (
  session_id TEXT NOT NULL,
  step_index INTEGER NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  claimed_at INTEGER NOT NULL,
  detail TEXT,
  PRIMARY KEY (session_id, step_index)
)`;

/**
 * The send ledger in SQLite (a Durable Object's storage). The claim is one INSERT … ON CONFLICT
 * DO NOTHING RETURNING: a row comes back only for the caller that inserted it.
 */
export function sqlSendLedger(sql: SqlExec): SendLedger {
  sql.exec(schema);
  return {
    async claimStep(claim: StepClaim) {
      const rows = sql
        .exec(
          `INSERT INTO follow_up_ledger (session_id, step_index, channel, status, claimed_at)
           VALUES (?, ?, ?, 'claimed', ?) ON CONFLICT DO NOTHING RETURNING step_index`,
          claim.sessionId,
          claim.stepIndex,
          claim.channel,
          claim.at,
        )
        .toArray();
      return rows.length === 1;
    },
    async complete(sessionId: string, stepIndex: number, outcome: StepOutcome, detail: string | null) {
      sql.exec(
        "UPDATE follow_up_ledger SET status = ?, detail = ? WHERE session_id = ? AND step_index = ?",
        outcome,
        detail,
        sessionId,
        stepIndex,
      );
    },
    async entries(sessionId: string) {
      const rows = sql.exec("SELECT * FROM follow_up_ledger WHERE session_id = ? ORDER BY step_index", sessionId).toArray();
      return rows.map((raw) => {
        const row = Row.parse(raw);
        return LedgerEntry.parse({
          sessionId: row.session_id,
          stepIndex: row.step_index,
          channel: row.channel,
          status: row.status,
          claimedAt: row.claimed_at,
          detail: row.detail,
        });
      });
    },
  };
}
