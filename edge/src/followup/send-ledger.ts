import { z } from "zod";
import { Channel } from "../domain/session-state.ts";

/**
 * Every follow-up step goes through the ledger, keyed by (sessionId, stepIndex). Alarms are
 * at-least-once, so `claimStep` is the one place that decides who sends: it returns true for
 * exactly one caller per key, however often the alarm fires or requests race. A crash after a
 * claim leaves the step claimed and unsent: at most once beats a duplicate message.
 */
export const LedgerStatus = z.enum(["claimed", "sent", "failed", "skipped"]);
export type LedgerStatus = z.infer<typeof LedgerStatus>;

export const LedgerEntry = z.object({
  sessionId: z.string(),
  stepIndex: z.number().int().nonnegative(),
  channel: Channel,
  status: LedgerStatus,
  claimedAt: z.number(),
  /** Provider message id when sent, the failure code when failed, the reason when skipped. */
  detail: z.string().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export interface StepClaim {
  sessionId: string;
  stepIndex: number;
  channel: Channel;
  at: number;
}

export type StepOutcome = Extract<LedgerStatus, "sent" | "failed" | "skipped">;

export interface SendLedger {
  /** True for exactly one caller per (sessionId, stepIndex). */
  claimStep(claim: StepClaim): Promise<boolean>;
  /** Records what became of a claimed step. */
  complete(sessionId: string, stepIndex: number, outcome: StepOutcome, detail: string | null): Promise<void>;
  entries(sessionId: string): Promise<LedgerEntry[]>;
}
