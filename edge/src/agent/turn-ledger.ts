import type { Objection } from "../domain/objection.ts";
import type { ObjectionRecord, OfferDecision, SessionEffects, SessionSnapshot } from "./agent-context.ts";

/**
 * The session's objections and offer decisions as they change during one turn: the snapshot is
 * taken before the turn, so the tools keep this copy current and write through to the effects.
 */
export interface TurnLedger {
  readonly objections: readonly ObjectionRecord[];
  readonly offers: readonly OfferDecision[];
  recordObjection(code: Objection): Promise<void>;
  /** Marks a recorded objection as answered from store data; unrecorded ones are left alone. */
  markAddressed(code: Objection): Promise<void>;
  recordOffer(decision: OfferDecision): Promise<void>;
  /** Runs `task` after every earlier exclusive task: offer decisions must not interleave. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

export function createTurnLedger(session: SessionSnapshot, effects: SessionEffects): TurnLedger {
  const objections = session.objections.map((record) => ({ ...record }));
  const offers = [...session.offers];
  let queue: Promise<unknown> = Promise.resolve();

  return {
    objections,
    offers,
    async recordObjection(code) {
      if (objections.some((record) => record.code === code)) return;
      objections.push({ code, at: Date.now(), addressed: false });
      await effects.recordObjection(code);
    },
    async markAddressed(code) {
      const record = objections.find((r) => r.code === code);
      if (record === undefined || record.addressed) return;
      record.addressed = true;
      await effects.markAddressed(code);
    },
    async recordOffer(decision) {
      offers.push(decision);
      await effects.recordOffer(decision);
    },
    exclusive(task) {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
