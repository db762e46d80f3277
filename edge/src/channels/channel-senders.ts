import type { FollowUpSenders } from "../followup/dispatch-follow-up.ts";
import { contactKey } from "../session/contact-index.ts";
import { channelEnv, SmtpEnv, TwilioEnv, WhatsAppEnv } from "./channel-env.ts";
import { lazySmtpSender } from "./lazy-smtp-sender.ts";
import { trackedEmailSender, trackedTextSender, trackedWhatsAppSender } from "./tracked-senders.ts";
import { twilioSender } from "./twilio-client.ts";
import { whatsappSender } from "./whatsapp-client.ts";

/**
 * A sender for every channel whose provider env is complete; the others are left out, and
 * dispatching to them is the expected failure `channel_not_configured`. Every tagged message
 * goes through the send log in `db` (caps, unsubscribe list, reply routing).
 * `publicUrl` (the worker's own origin) receives Twilio's delivery status callbacks.
 */
export function channelSenders(env: unknown, publicUrl: string | undefined, db: D1Database): FollowUpSenders {
  const smtp = channelEnv(SmtpEnv, env);
  const twilio = channelEnv(TwilioEnv, env);
  const whatsapp = channelEnv(WhatsAppEnv, env);
  const statusCallback = publicUrl ? new URL("/v1/channels/twilio/status", publicUrl).toString() : undefined;
  return {
    ...(smtp.ok ? { email: trackedEmailSender(db, lazySmtpSender(smtp.value), smtp.value) } : {}),
    ...(twilio.ok ? { sms: trackedTextSender(db, "sms", twilioSender(twilio.value, statusCallback), contactKey("sms", twilio.value.TWILIO_FROM)) } : {}),
    ...(whatsapp.ok ? { whatsapp: trackedWhatsAppSender(db, whatsappSender(whatsapp.value), null) } : {}),
  };
}
