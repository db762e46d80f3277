import { DurableObject } from "cloudflare:workers";
import type { SessionSnapshot } from "../agent/agent-context.ts";
import type { InboundMessage } from "../channels/channel-messages.ts";
import type { SiteConfig } from "../config/site-config.ts";
import type { Channel, SignalType } from "../domain/session-state.ts";
import type { Bindings } from "../http/bindings.ts";
import { confirmedAck } from "../followup/confirmation-message.ts";
import type { AddressKind } from "../followup/contact-state.ts";
import { hasAuthor } from "../handover/could-not-help.ts";
import { LiveFeed } from "../handover/live-feed.ts";
import { apiError } from "../http/api-error.ts";
import { SessionHandover } from "../handover/session-handover.ts";
import type { HumanReplyOutcome } from "../handover/session-handover.ts";
import { inboundTurn } from "./inbound-turn.ts";
import { nextState, type SessionEvent } from "./next-state.ts";
import { runSessionTurn, turnTimeoutMs, type TurnRequest } from "./run-session-turn.ts";
import { SessionFollowUps, type ContactPatch, type FollowUpStatus } from "./session-follow-ups.ts";
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
 * turns on one session never interleave. Its alarm runs the follow-ups (session-follow-ups.ts):
 * every activity moves it to the moment the cart would count as abandoned. Logic lives in the
 * plain modules beside it.
 */
export class SessionObject extends DurableObject<Bindings> {
  private readonly store: SessionStore;
  private readonly followUps: SessionFollowUps;
  private readonly lock = new TurnLock(turnTimeoutMs + 30_000);
  /** The shopper's open panels (server-sent events) and the handover to a person. */
  private readonly feed = new LiveFeed();
  private readonly handover: SessionHandover;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.store = new SessionStore(ctx.storage.sql);
    this.followUps = new SessionFollowUps(ctx.storage, this.store, env);
    this.handover = new SessionHandover({ sql: ctx.storage.sql, store: this.store, feed: this.feed, env, db: env.DB });
  }

  /** Creates the session on first call; later calls return the existing one unchanged. */
  async open(init: Omit<SessionInit, "sessionId">): Promise<{ sessionId: string; group: SessionInit["group"]; state: string; created: boolean }> {
    const existing = this.store.session();
    if (existing) return { sessionId: existing.session_id, group: existing.grp, state: existing.state, created: false };
    const sessionId = this.ctx.id.toString();
    this.store.create({ ...init, sessionId }, Date.now());
    this.followUps.activity.active(Date.now());
    await this.followUps.schedule();
    return { sessionId, group: init.group, state: "browsing", created: true };
  }

  async signal(input: SignalInput): Promise<{ state: string } | null> {
    const row = this.store.session();
    if (row === null) return null;
    this.store.addSignal(input.type, input.at, input.data);
    const state = nextState(row.state, { kind: "signal", type: input.type, hasChat: this.store.hasShopperMessages() });
    if (state === "at_risk" && row.state !== "at_risk") this.store.setTrigger(input.type, input.page);
    if (state !== row.state) this.store.setState(state, Date.now());
    this.followUps.activity.signal(input.type, input.at);
    await this.followUps.schedule();
    return { state };
  }

  async chat(request: TurnRequest): Promise<Response> {
    if (request.message) {
      this.followUps.activity.active(Date.now());
      await this.followUps.schedule();
    }
    return runSessionTurn(request, {
      store: this.store,
      lock: this.lock,
      env: this.env,
      waitUntil: (promise) => this.ctx.waitUntil(promise),
      db: this.env.DB,
      handover: this.handover,
    });
  }

  /** A person on the store's team replies (dashboard inbox); the conversation stays with them. */
  async humanReply(site: SiteConfig, text: string, name: string): Promise<HumanReplyOutcome> {
    const sent = await this.handover.reply(site, text, name);
    return sent.ok ? { ok: true, messageId: sent.value.message.id, delivered: sent.value.delivered } : { ok: false, code: sent.code, message: sent.message };
  }

  /** The person gives the conversation back to the assistant (null: nobody held it). */
  async handBack(site: SiteConfig): Promise<boolean> {
    return (await this.handover.handBack(site)) !== null;
  }

  /**
   * Live updates for the shopper's open panel (server-sent events): messages after `afterId` first,
   * then every message a person or the platform writes. While a stream is open the reply timeout is
   * checked on each heartbeat, so a waiting shopper hears about it without writing again.
   */
  async events(site: SiteConfig, afterId: string | null): Promise<Response> {
    if (this.store.session() === null) return apiError(404, "unknown_session", "This session does not exist.");
    const messages = await this.store.messages();
    const at = afterId === null ? -1 : messages.findIndex((m) => m.id === afterId);
    const backlog = afterId === null || at === -1 ? [] : messages.slice(at + 1).filter(hasAuthor);
    return this.feed.subscribe(backlog, 15_000, () => void this.handover.timeoutIfDue(site));
  }

  /** A reply on email, SMS or WhatsApp; returns the agent's answer for that channel (null: none). */
  async inbound(message: InboundMessage, site: SiteConfig): Promise<string | null> {
    const deps = { store: this.store, activity: this.followUps.activity, chat: (request: TurnRequest) => this.chat(request), db: this.env.DB };
    const reply = await inboundTurn(message, site, deps);
    await this.followUps.schedule();
    return reply;
  }

  /** Contact and consent recorded by the page (POST /v1/contact); an unverified address gets one confirmation. */
  async saveContact(patch: ContactPatch) {
    return this.followUps.saveContact(patch);
  }

  /** The email confirmation link was followed (or a YES arrived): the address is verified. */
  async confirm(kind: AddressKind, address: string) {
    return this.followUps.confirm(kind, address);
  }

  /** A YES/JA by SMS or WhatsApp: confirms the number if this session waits for it; the acknowledgement to send, or null. */
  async confirmByReply(channel: Channel, from: string): Promise<string | null> {
    const row = this.store.session();
    if (row === null || !this.followUps.awaitsConfirmation(channel, from)) return null;
    if ((await this.followUps.confirm("phone", from)) !== "done") return null;
    return confirmedAck(row.language === "de" ? "de" : "en");
  }

  async optOut(channel: Channel, at: number): Promise<void> {
    await this.followUps.optOut(channel, at);
  }

  async optIn(channel: Channel, at: number): Promise<void> {
    await this.followUps.optIn(channel, at);
  }

  override async alarm(): Promise<void> {
    await this.followUps.alarm((event) => this.apply(event));
  }

  async view(): Promise<(SessionView & { followUps: FollowUpStatus }) | null> {
    const row = this.store.session();
    if (row === null) return null;
    const view = sessionView(row, this.store, await this.store.messages(), this.lock.held);
    return { ...view, followUps: await this.followUps.status(row.session_id) };
  }

  /** The agent's view of the session (follow-ups and the order webhook read it). */
  async snapshot(): Promise<SessionSnapshot | null> {
    const row = this.store.session();
    return row === null ? null : sessionSnapshot(row, this.store);
  }

  /** A placed order for this session's cart (the order webhook calls this); cancels pending follow-ups. */
  async recordOrder(): Promise<{ state: string } | null> {
    await this.followUps.orderPlaced();
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
