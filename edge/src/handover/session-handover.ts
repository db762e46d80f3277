import type { UIMessage } from "ai";
import { z } from "zod";
import { channelSenders } from "../channels/channel-senders.ts";
import type { SiteConfig } from "../config/site-config.ts";
import { readVar } from "../config/edge-env.ts";
import { fail, ok, type Result } from "../store/result.ts";
import { nextState } from "../session/next-state.ts";
import type { SessionStore } from "../session/session-store.ts";
import { handoverCopy, teamByline, type HandoverCopyKey } from "./handover-copy.ts";
import { closeHandover, openHandover, type HandoverTrigger } from "./handover-index.ts";
import type { LiveFeed } from "./live-feed.ts";
import { notifyMerchant, type NotifyOutcome } from "./notify-merchant.ts";
import { platformMessage } from "./text-reply.ts";

const Times = z.object({ handover_at: z.number().nullable(), human_reply_at: z.number().nullable() });

export interface HandoverDeps {
  sql: SqlStorage;
  store: SessionStore;
  feed: LiveFeed;
  env: object;
  db: D1Database;
  fetch?: typeof fetch;
  now?: () => number;
}

/** What the inbox learns from a reply (plain data: it crosses the Durable Object's RPC boundary). */
export type HumanReplyOutcome = { ok: true; messageId: string; delivered: "live" | "email" | "stored" } | { ok: false; code: string; message: string };

export const storeName = (site: SiteConfig) => site.brand.storeName ?? site.name;

/**
 * A person's reply as stored: an assistant-role message whose metadata names its author, with the
 * byline the shopper's panel shows above it ("Sam from Northwind Goods", in the session's language).
 */
export const humanMessage = (text: string, name: string, byline: string): UIMessage => ({
  id: crypto.randomUUID(),
  role: "assistant",
  metadata: { author: "human", name, byline },
  parts: [{ type: "text", text }],
});

/**
 * One session's handover to a person (inside the Session Durable Object): starting it and
 * notifying the merchant, a person's replies, hand-back and the reply timeout.
 */
export class SessionHandover {
  private readonly now: () => number;
  constructor(private readonly deps: HandoverDeps) {
    this.now = deps.now ?? Date.now;
  }

  held(): boolean {
    return this.deps.store.session()?.state === "human";
  }

  /** Holds the conversation for a person and notifies the merchant; not notified anywhere means not held. */
  async start(site: SiteConfig, reason: string, trigger: HandoverTrigger, lastMessage: string | null): Promise<{ notified: boolean; outcome: NotifyOutcome }> {
    const { store, sql, db, env } = this.deps;
    const row = store.session();
    const at = this.now();
    const publicUrl = readVar(env, "PUBLIC_URL");
    const sessionId = row?.session_id ?? "";
    const outcome = await notifyMerchant(
      { storeName: storeName(site), sessionId, reason, lastMessage, inboxUrl: publicUrl ? new URL(`/dashboard/inbox/${sessionId}`, publicUrl).toString() : null },
      site.escalation.handoff,
            // workerd's fetch must not be called as a method of another object ("Illegal invocation").
      { email: channelSenders(env, undefined, db).email, fetch: this.deps.fetch ?? ((input, init) => fetch(input, init)) },
    );
    for (const [channel, result] of Object.entries(outcome)) {
      if (!result.ok && result.code !== "not_configured") console.error(`cart-saver: handover notice by ${channel} failed: ${result.code} ${result.message}`);
    }
    const notified = outcome.email.ok || outcome.webhook.ok;
    store.setHandover(reason);
    if (notified && row) {
      store.setState(nextState(row.state, { kind: "handover" }), at);
      sql.exec("UPDATE session SET handover_at = ?, human_reply_at = NULL WHERE id = 1", at);
      await openHandover(db, { siteId: row.site_id, sessionId, reason, trigger, lastMessage, at });
    }
    return { notified, outcome };
  }

  /** A person's reply from the inbox: stored, pushed to open panels, else emailed to a consented address. */
  async reply(site: SiteConfig, text: string, name: string): Promise<Result<{ message: UIMessage; delivered: "live" | "email" | "stored" }>> {
    const { store, sql, feed } = this.deps;
    const row = store.session();
    if (row === null) return fail("unknown_session", "This session does not exist.");
    const at = this.now();
    const message = humanMessage(text, name, teamByline(name, row.language, storeName(site)));
    store.upsertMessages([message], at);
    if (row.state !== "human") store.setState(nextState(row.state, { kind: "handover" }), at);
    sql.exec("UPDATE session SET human_reply_at = ?, handover_at = COALESCE(handover_at, ?) WHERE id = 1", at, at);
    if (feed.open > 0) {
      feed.publish(message);
      return ok({ message, delivered: "live" });
    }
    const email = channelSenders(this.deps.env, undefined, this.deps.db).email;
    // Only to an address the shopper confirmed and consented to (double opt-in), never a typed one.
    const address = row.contact.consent.email && row.contact.verified.email ? row.contact.email : undefined;
    if (email && address) {
      const subject = `${storeName(site)}: ${name} replied`;
      const tag = { siteId: row.site_id, sessionId: row.session_id, kind: "reply" as const };
      const sent = await email.send({ to: address, subject, text, html: `<p>${text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`, tag });
      if (sent.ok) return ok({ message, delivered: "email" });
    }
    return ok({ message, delivered: "stored" });
  }

  /** The person gives the conversation back to the assistant. */
  async handBack(site: SiteConfig): Promise<UIMessage | null> {
    return this.release(site, "handedBack");
  }

  /** After `escalation.humanReplyTimeoutMinutes` without a person's reply the assistant takes over again. */
  async timeoutIfDue(site: SiteConfig): Promise<UIMessage | null> {
    if (!this.held()) return null;
    const times = Times.parse(this.deps.sql.exec("SELECT handover_at, human_reply_at FROM session WHERE id = 1").one());
    const since = Math.max(times.handover_at ?? 0, times.human_reply_at ?? 0);
    if (this.now() - since < site.escalation.humanReplyTimeoutMinutes * 60_000) return null;
    return this.release(site, "timedOut");
  }

  private async release(site: SiteConfig, say: HandoverCopyKey): Promise<UIMessage | null> {
    const { store, sql, feed, db } = this.deps;
    const row = store.session();
    if (row === null || row.state !== "human") return null;
    const at = this.now();
    store.setState("engaged", at);
    sql.exec("UPDATE session SET handover_at = NULL, human_reply_at = NULL WHERE id = 1");
    const message = platformMessage(handoverCopy(say, row.language, storeName(site)), { author: "platform" });
    store.upsertMessages([message], at);
    feed.publish(message);
    await closeHandover(db, row.session_id, at);
    return message;
  }
}
