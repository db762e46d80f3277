import type { SiteConfig } from "../config/site-config.ts";
import type { Result } from "../store/result.ts";
import { planFollowUps, type FollowUpFacts, type FollowUpPlan, type PlannedStep } from "./plan-follow-ups.ts";
import type { SendLedger } from "./send-ledger.ts";

export type DueStep = Extract<PlannedStep, { kind: "due" }>;

export interface FollowUpRun {
  sessionId: string;
  followUp: SiteConfig["followUp"];
  /** Facts without the ledger: the run reads the ledger itself. */
  facts: Omit<FollowUpFacts, "ledger">;
  now: number;
}

export interface FollowUpRunDeps {
  ledger: SendLedger;
  /** Composes and sends one step on its channel; called only after the step was claimed. */
  send(step: DueStep): Promise<Result<{ messageId: string }>>;
}

export interface FollowUpRunResult {
  plan: FollowUpPlan;
  sent: number[];
  failed: number[];
  skipped: number[];
  /** Set the Durable Object's alarm here (null: delete it). */
  nextAlarmAt: number | null;
}

/**
 * What the Session Durable Object's alarm runs. Safe to call any number of times, concurrently
 * too: each step is claimed in the ledger before it is sent, so it goes out at most once.
 * Steps that will never send are recorded as skipped once they fall due, so a later change
 * (consent given days after) does not fire an old step out of the blue.
 */
export async function runFollowUps(run: FollowUpRun, deps: FollowUpRunDeps): Promise<FollowUpRunResult> {
  const ledger = await deps.ledger.entries(run.sessionId);
  const plan = planFollowUps(run.followUp, { ...run.facts, ledger }, run.now);
  const result: FollowUpRunResult = { plan, sent: [], failed: [], skipped: [], nextAlarmAt: plan.wakeAt };
  for (const step of plan.steps) {
    if (step.kind !== "due" && !(step.kind === "skip" && step.dueAt <= run.now)) continue;
    const claimed = await deps.ledger.claimStep({ sessionId: run.sessionId, stepIndex: step.stepIndex, channel: step.channel, at: run.now });
    if (!claimed) continue;
    if (step.kind === "skip") {
      await deps.ledger.complete(run.sessionId, step.stepIndex, "skipped", step.reason);
      result.skipped.push(step.stepIndex);
      continue;
    }
    const sent = await deps.send(step);
    if (sent.ok) {
      await deps.ledger.complete(run.sessionId, step.stepIndex, "sent", sent.value.messageId);
      result.sent.push(step.stepIndex);
    } else {
      await deps.ledger.complete(run.sessionId, step.stepIndex, "failed", sent.code);
      result.failed.push(step.stepIndex);
    }
  }
  return result;
}
