import { randomBytes } from "node:crypto";
import { sendJson, startHttpFake, type HttpFake } from "../support/http-fake.ts";

/**
 * Twilio's Messages API as it answers on the wire: `POST /2010-04-01/Accounts/{Sid}/Messages.json`
 * with HTTP Basic auth and a form body; 201 with the Message resource, or Twilio's error JSON.
 */
export interface TwilioFake extends HttpFake {
  sent: { sid: string; to: string; from: string; body: string; statusCallback: string | null }[];
}

export async function startTwilioFake(accountSid: string, authToken: string): Promise<TwilioFake> {
  const sent: TwilioFake["sent"] = [];
  const fake = await startHttpFake((req, res) => {
    const path = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
    if (req.method !== "POST" || req.path !== path) {
      return sendJson(res, 404, { code: 20404, message: `The requested resource ${req.path} was not found`, more_info: "https://www.twilio.com/docs/errors/20404", status: 404 });
    }
    if (req.headers.authorization !== `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`) {
      return sendJson(res, 401, { code: 20003, message: "Authenticate", more_info: "https://www.twilio.com/docs/errors/20003", status: 401 });
    }
    const form = new URLSearchParams(req.body);
    const to = form.get("To");
    const from = form.get("From");
    const body = form.get("Body");
    if (!to || !/^\+[1-9]\d{6,14}$/.test(to)) {
      return sendJson(res, 400, { code: 21211, message: `The 'To' number ${to ?? ""} is not a valid phone number.`, more_info: "https://www.twilio.com/docs/errors/21211", status: 400 });
    }
    if (!from || !body) {
      return sendJson(res, 400, { code: 21602, message: "Message body is required.", more_info: "https://www.twilio.com/docs/errors/21602", status: 400 });
    }
    const sid = `SM${randomBytes(16).toString("hex")}`;
    sent.push({ sid, to, from, body, statusCallback: form.get("StatusCallback") });
    const now = new Date().toUTCString().replace("GMT", "+0000");
    sendJson(res, 201, {
      account_sid: accountSid,
      api_version: "2010-04-01",
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: "outbound-api",
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: null,
      num_media: "0",
      num_segments: String(Math.ceil(body.length / 153)),
      price: null,
      price_unit: "USD",
      sid,
      status: "queued",
      subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
      to,
      uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
    });
  });
  return Object.assign(fake, { sent });
}
