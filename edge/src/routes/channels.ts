import { Hono, type Context } from "hono";
import { channelEnv, EmailInboundEnv, SmtpEnv, TwilioEnv, WhatsAppEnv } from "../channels/channel-env.ts";
import { emailInboundRoutes } from "../channels/email-inbound-routes.ts";
import { lazySmtpSender } from "../channels/lazy-smtp-sender.ts";
import { setSuppressed } from "../channels/outbound-log.ts";
import { trackedEmailSender, trackedTextSender } from "../channels/tracked-senders.ts";
import { twilioSender } from "../channels/twilio-client.ts";
import { twilioRoutes } from "../channels/twilio-routes.ts";
import { whatsappSender } from "../channels/whatsapp-client.ts";
import { whatsappRoutes } from "../channels/whatsapp-routes.ts";
import { contactLinkRoutes } from "../followup/contact-link-routes.tsx";
import { kindOf } from "../followup/contact-state.ts";
import { resumeRoutes } from "../followup/resume-routes.ts";
import type { AppEnv } from "../http/bindings.ts";
import { contactKey } from "../session/contact-index.ts";
import { sessionStub } from "../http/session-auth.ts";
import { inboundHandlers, recordResumeClick, storeForSite } from "./channels-handlers.ts";

/** Slow agent turns run after the webhook answered: providers time out and redeliver. */
const waitUntil = (c: Context<AppEnv>) => (work: Promise<unknown>) => c.executionCtx.waitUntil(work);

/**
 * Follow-up channels, mounted at the root: `GET /r/:token` (resume links),
 * `/v1/channels/twilio/{inbound,status}`, `/v1/channels/whatsapp/webhook`,
 * `/v1/channels/email/inbound`, the email confirmation link `GET /v1/contact/confirm/:token` and
 * the unsubscribe link `GET|POST /v1/unsubscribe/:token`. A channel whose provider env is
 * incomplete answers 404 channel_not_configured. Replies are sent through the send log.
 */
export const channelRoutes = new Hono<AppEnv>()
  .route(
    "/",
    resumeRoutes<AppEnv>((c) => ({
      secret: c.var.config.SESSION_SECRET,
      storeFor: (siteId) => storeForSite(c, siteId),
      onClick: (claims) => recordResumeClick(c, claims),
    })),
  )
  .route(
    "/",
    contactLinkRoutes<AppEnv>((c) => ({
      secret: c.var.config.SESSION_SECRET,
      confirm: async (claims) => (await sessionStub(c, claims.sessionId)?.confirm(kindOf(claims.channel), claims.address)) ?? "unknown_session",
      async unsubscribe(claims) {
        await setSuppressed(c.env.DB, claims.siteId, claims.channel, claims.address, true, Date.now());
        const stub = sessionStub(c, claims.sessionId);
        await stub?.optOut(claims.channel, Date.now());
        return "done";
      },
    })),
  )
  .route(
    "/",
    twilioRoutes<AppEnv>((c) => {
      const env = channelEnv(TwilioEnv, c.env);
      if (!env.ok) return null;
      const statusCallback = c.var.config.PUBLIC_URL ? new URL("/v1/channels/twilio/status", c.var.config.PUBLIC_URL).toString() : undefined;
      return { ...inboundHandlers(c), env: env.value, sender: trackedTextSender(c.env.DB, "sms", twilioSender(env.value, statusCallback), contactKey("sms", env.value.TWILIO_FROM)), waitUntil: waitUntil(c) };
    }),
  )
  .route(
    "/",
    whatsappRoutes<AppEnv>((c) => {
      const env = channelEnv(WhatsAppEnv, c.env);
      if (!env.ok) return null;
      return { ...inboundHandlers(c), env: env.value, sender: trackedTextSender(c.env.DB, "whatsapp", whatsappSender(env.value), null), waitUntil: waitUntil(c) };
    }),
  )
  .route(
    "/",
    emailInboundRoutes<AppEnv>((c) => {
      const env = channelEnv(EmailInboundEnv, c.env);
      const smtp = channelEnv(SmtpEnv, c.env);
      if (!env.ok || !smtp.ok) return null;
      return { ...inboundHandlers(c), env: env.value, sender: trackedEmailSender(c.env.DB, lazySmtpSender(smtp.value), smtp.value) };
    }),
  );
