import { DurableObject } from "cloudflare:workers";
import type { SignalType } from "../domain/session-state.ts";
import type { Bindings } from "../http/bindings.ts";
import type { SessionSnapshot } from "../agent/agent-context.ts";
import { nextState, type SessionEvent } from "./next-state.ts";
import { runSessionTurn, turnTimeoutMs, type TurnRequest } from "./run-session-turn.ts";
import { sessionSnapshot, sessionView, type SessionView } from "./session-snapshot.ts";
import { SessionStore, type SessionInit } from "./session-store.ts";
import { TurnLock } from "./turn-lock.ts";

export interface SignalInput {
  type: SignalType;
  at: number;
  data?: unknown;
  page: string | null;
}

/**
 * One shopper session (Workers RPC). It owns the conversation, state machine, objections,
 * offers ledger, signals and contact in its SQLite storage, and runs the agent loop so
 * turns on one session never interleave. Logic lives in the plain modules beside it.
 */
export class SessionObject extends DurableObject<Bindings> {
  private readonly store: SessionStore;
  private readonly lock = new TurnLock(turnTimeoutMs + 30_000);

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.store = new SessionStore(ctx.storage.sql);
  }

  /** Creates the session on first call; later calls return the existing one unchanged. */
  async open(init: Omit<SessionInit, "sessionId">): Promise<{ sessionId: string; group: SessionInit["group"]; state: string; created: boolean }> {
    const existing = this.store.session();
    if (existing) return { sessionId: existing.session_id, group: existing.grp, state: existing.state, created: false };
    const sessionId = this.ctx.id.toString();
    this.store.create({ ...init, sessionId }, Date.now());
    return { sessionId, group: init.group, state: "browsing", created: true };
  }

  async signal(input: SignalInput): Promise<{ state: string } | null> {
    const row = this.store.session();
    if (row === null) return null;
    this.store.addSignal(input.type, input.at, input.data);
    const state = nextState(row.state, { kind: "signal", type: input.type, hasChat: this.store.hasShopperMessages() });
    if (state === "at_risk" && row.state !== "at_risk") this.store.setTrigger(input.type, input.page);
    if (state !== row.state) this.store.setState(state, Date.now());
    return { state };
  }

  async chat(request: TurnRequest): Promise<Response> {
    return runSessionTurn(request, {
      store: this.store,
      lock: this.lock,
      env: this.env,
      waitUntil: (promise) => this.ctx.waitUntil(promise),
    });
  }

  async view(): Promise<SessionView | null> {
    const row = this.store.session();
    if (row === null) return null;
    return sessionView(row, this.store, await this.store.messages(), this.lock.held);
  }

  /** The agent's view of the session (follow-ups and the order webhook read it). */
  async snapshot(): Promise<SessionSnapshot | null> {
    const row = this.store.session();
    return row === null ? null : sessionSnapshot(row, this.store);
  }

  /** A placed order for this session's cart (the order webhook calls this). */
  async recordOrder(): Promise<{ state: string } | null> {
    return this.apply({ kind: "order" });
  }

  /** The cart counts as abandoned (the follow-up scheduler decides when). */
  async markLost(): Promise<{ state: string } | null> {
    return this.apply({ kind: "lost" });
  }

  private apply(event: SessionEvent): { state: string } | null {
    const row = this.store.session();
    if (row === null) return null;
    const state = nextState(row.state, event);
    if (state !== row.state) this.store.setState(state, Date.now());
    return { state };
  }
}
