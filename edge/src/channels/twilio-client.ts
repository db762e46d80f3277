import { z } from "zod";
import { ok } from "../store/result.ts";
import type { TwilioEnv } from "./channel-env.ts";
import type { TextSender } from "./channel-messages.ts";
import { providerFetch } from "./provider-fetch.ts";

/** Twilio's Message resource (the fields we use) and its REST error body. */
export const TwilioMessage = z.looseObject({
  sid: z.string(),
  status: z.string(),
  to: z.string(),
  from: z.string().nullable(),
  body: z.string(),
  error_code: z.number().nullable().optional(),
});
export const TwilioError = z.looseObject({ code: z.number(), message: z.string(), more_info: z.string().optional() });

/**
 * SMS through Twilio's REST API: `POST /2010-04-01/Accounts/{SID}/Messages.json`, form-encoded,
 * HTTP Basic with the account SID and auth token. `statusCallback` receives delivery statuses.
 */
export function twilioSender(env: TwilioEnv, statusCallback?: string): TextSender {
  const url = new URL(`/2010-04-01/Accounts/${encodeURIComponent(env.TWILIO_ACCOUNT_SID)}/Messages.json`, env.TWILIO_API_URL);
  const auth = `Basic ${btoa(`${env.TWILIO_ACCOUNT_SID}:${env.TWILIO_AUTH_TOKEN}`)}`;
  return {
    async send({ to, text }) {
      const form = new URLSearchParams({ To: to, From: env.TWILIO_FROM, Body: text });
      if (statusCallback) form.set("StatusCallback", statusCallback);
      const sent = await providerFetch(
        url.toString(),
        { method: "POST", headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" }, body: form },
        TwilioMessage,
        TwilioError,
      );
      return sent.ok ? ok({ messageId: sent.value.sid, status: sent.value.status }) : sent;
    },
  };
}
