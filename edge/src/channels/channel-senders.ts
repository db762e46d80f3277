import type { FollowUpSenders } from "../followup/dispatch-follow-up.ts";
import { channelEnv, SmtpEnv, TwilioEnv, WhatsAppEnv } from "./channel-env.ts";
import { lazySmtpSender } from "./lazy-smtp-sender.ts";
import { twilioSender } from "./twilio-client.ts";
import { whatsappSender } from "./whatsapp-client.ts";

/**
 * A sender for every channel whose provider env is complete; the others are left out, and
 * dispatching to them is the expected failure `channel_not_configured`.
 * `publicUrl` (the worker's own origin) receives Twilio's delivery status callbacks.
 */
export function channelSenders(env: unknown, publicUrl?: string): FollowUpSenders {
  const smtp = channelEnv(SmtpEnv, env);
  const twilio = channelEnv(TwilioEnv, env);
  const whatsapp = channelEnv(WhatsAppEnv, env);
  const statusCallback = publicUrl ? new URL("/v1/channels/twilio/status", publicUrl).toString() : undefined;
  return {
    ...(smtp.ok ? { email: lazySmtpSender(smtp.value) } : {}),
    ...(twilio.ok ? { sms: twilioSender(twilio.value, statusCallback) } : {}),
    ...(whatsapp.ok ? { whatsapp: whatsappSender(whatsapp.value) } : {}),
  };
}
