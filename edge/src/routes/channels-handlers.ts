import type { Context } from "hono";
import { recordEvents } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import { signalEvents } from "../analytics/platform-events.ts";
import type { InboundHandlers } from "../channels/channel-messages.ts";
import type { ResumeClaims } from "../followup/resume-link.ts";
import type { AppEnv } from "../http/bindings.ts";
import { sessionStub } from "../http/session-auth.ts";
import { ensureChannelSchema } from "../session/channel-d1-schema.ts";
import { sessionsForContact } from "../session/contact-index.ts";
import { getSite } from "../sites/site-repository.ts";
import { siteStore } from "../store/site-store.ts";

/**
 * What the channel webhooks do with a verified message: find the shopper's session through the
 * contact index (D1), then let the Session Durable Object answer, opt out or opt in.
 */
export function inboundHandlers(c: Context<AppEnv>): InboundHandlers {
  const db = c.env.DB;
  return {
    async onInbound(message) {
      const [latest] = await sessionsForContact(db, message.channel, message.from, 1);
      if (latest === undefined) {
        console.warn(`cart-saver: ${message.channel} message from an unknown address; no session to continue.`);
        return null;
      }
      const site = await getSite(db, c.var.config, latest.siteId);
      const stub = sessionStub(c, latest.sessionId);
      if (site === null || stub === null) return null;
      return stub.inbound(message, site);
    },
    async onOptOut({ channel, from, at }) {
      for (const ref of await sessionsForContact(db, channel, from)) await sessionStub(c, ref.sessionId)?.optOut(channel, at);
    },
    async onOptIn({ channel, from, at }) {
      for (const ref of await sessionsForContact(db, channel, from)) await sessionStub(c, ref.sessionId)?.optIn(channel, at);
    },
    async onStatus(status) {
      await ensureChannelSchema(db);
      await db
        .prepare(
          `INSERT INTO channel_deliveries (provider_message_id, channel, status, recipient, error_code, at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (provider_message_id, status) DO NOTHING`,
        )
        .bind(status.providerMessageId, status.channel, status.status, status.recipient, status.errorCode, status.at)
        .run();
    },
  };
}

/** The store behind a resume link's site. */
export async function storeForSite(c: Context<AppEnv>, siteId: string) {
  const site = await getSite(c.env.DB, c.var.config, siteId);
  if (site === null) return null;
  return siteStore(site, c.env);
}

/** A resume link was opened: `checkout_link_clicked` on the session, and in analytics for attribution. */
export async function recordResumeClick(c: Context<AppEnv>, claims: ResumeClaims): Promise<void> {
  const at = Date.now();
  const result = await sessionStub(c, claims.sessionId)?.signal({
    type: "checkout_link_clicked",
    at,
    data: { channel: claims.channel, step: claims.stepIndex },
    page: null,
  });
  if (!result) return;
  const ref = { siteId: claims.siteId, sessionId: claims.sessionId };
  await recordSafely("checkout_link_clicked", () => recordEvents(c.env.DB, signalEvents(ref, "checkout_link_clicked", at)));
}
