import { Hono, type Context } from "hono";
import { channelEnv, EmailInboundEnv, SmtpEnv, TwilioEnv, WhatsAppEnv } from "../channels/channel-env.ts";
import { emailInboundRoutes } from "../channels/email-inbound-routes.ts";
import { lazySmtpSender } from "../channels/lazy-smtp-sender.ts";
import { twilioSender } from "../channels/twilio-client.ts";
import { twilioRoutes } from "../channels/twilio-routes.ts";
import { whatsappSender } from "../channels/whatsapp-client.ts";
import { whatsappRoutes } from "../channels/whatsapp-routes.ts";
import { resumeRoutes } from "../followup/resume-routes.ts";
import type { AppEnv } from "../http/bindings.ts";
import { inboundHandlers, recordResumeClick, storeForSite } from "./channels-handlers.ts";

/** Slow agent turns run after the webhook answered: providers time out and redeliver. */
const waitUntil = (c: Context<AppEnv>) => (work: Promise<unknown>) => c.executionCtx.waitUntil(work);

/**
 * Follow-up channels, mounted at the root: `GET /r/:token` (resume links),
 * `/v1/channels/twilio/{inbound,status}`, `/v1/channels/whatsapp/webhook`,
 * `/v1/channels/email/inbound`. A channel whose provider env is incomplete answers 404
 * channel_not_configured.
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
    twilioRoutes<AppEnv>((c) => {
      const env = channelEnv(TwilioEnv, c.env);
      if (!env.ok) return null;
      const statusCallback = c.var.config.PUBLIC_URL ? new URL("/v1/channels/twilio/status", c.var.config.PUBLIC_URL).toString() : undefined;
      return { ...inboundHandlers(c), env: env.value, sender: twilioSender(env.value, statusCallback), waitUntil: waitUntil(c) };
    }),
  )
  .route(
    "/",
    whatsappRoutes<AppEnv>((c) => {
      const env = channelEnv(WhatsAppEnv, c.env);
      if (!env.ok) return null;
      return { ...inboundHandlers(c), env: env.value, sender: whatsappSender(env.value), waitUntil: waitUntil(c) };
    }),
  )
  .route(
    "/",
    emailInboundRoutes<AppEnv>((c) => {
      const env = channelEnv(EmailInboundEnv, c.env);
      const smtp = channelEnv(SmtpEnv, c.env);
      if (!env.ok || !smtp.ok) return null;
      return { ...inboundHandlers(c), env: env.value, sender: lazySmtpSender(smtp.value) };
    }),
  );
