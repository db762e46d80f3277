import { Hono, type Context, type Env } from "hono";
import { z } from "zod";
import { apiError } from "../http/api-error.ts";
import { notConfigured } from "./not-configured.ts";
import { limitBody } from "../http/limit-body.ts";
import { parseWith } from "../http/read-json.ts";
import { answerInbound, type AnswerOptions } from "./answer-inbound.ts";
import type { TwilioEnv } from "./channel-env.ts";
import type { InboundHandlers, TextSender } from "./channel-messages.ts";
import { optKeyword } from "./opt-keywords.ts";
import { verifyTwilioSignature } from "./twilio-signature.ts";

export interface TwilioRouteDeps extends InboundHandlers, AnswerOptions {
  env: TwilioEnv;
  /** Sends the agent's reply back by SMS. */
  sender: TextSender;
  /** The public origin Twilio calls, when a proxy changes the host the worker sees. */
  publicOrigin?: string;
  now?: () => number;
}

const InboundSms = z.object({
  AccountSid: z.string(),
  MessageSid: z.string().min(1),
  From: z.string().min(1),
  To: z.string().min(1),
  Body: z.string().default(""),
});

const StatusCallback = z.object({
  AccountSid: z.string(),
  MessageSid: z.string().min(1),
  MessageStatus: z.string().min(1),
  To: z.string().optional(),
  ErrorCode: z.string().optional(),
});

const emptyTwiml = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

type Verified = { ok: true; params: URLSearchParams } | { ok: false; response: Response };

/** Reads the form body and checks X-Twilio-Signature before anything else looks at it. */
async function verified(c: Context, deps: TwilioRouteDeps): Promise<Verified> {
  const params = new URLSearchParams(await c.req.text());
  const url = deps.publicOrigin ? new URL(new URL(c.req.url).pathname + new URL(c.req.url).search, deps.publicOrigin).toString() : c.req.url;
  const valid = await verifyTwilioSignature(deps.env.TWILIO_AUTH_TOKEN, url, params, c.req.header("x-twilio-signature"));
  if (!valid) return { ok: false, response: apiError(401, "invalid_signature", "X-Twilio-Signature does not match this request.") };
  return { ok: true, params };
}

/**
 * Twilio webhooks, mounted at the root: `POST /v1/channels/twilio/inbound` (an SMS from the
 * shopper: STOP/START keywords, otherwise the agent answers by SMS) and
 * `POST /v1/channels/twilio/status` (delivery status callbacks).
 */
export function twilioRoutes<E extends Env>(resolve: (c: Context<E>) => TwilioRouteDeps | null | Promise<TwilioRouteDeps | null>): Hono<E> {
  const app = new Hono<E>();
  app.use("/v1/channels/twilio/*", limitBody(64 * 1024));

  app.post("/v1/channels/twilio/inbound", async (c) => {
    const deps = await resolve(c);
    if (deps === null) return notConfigured();
    const body = await verified(c, deps);
    if (!body.ok) return body.response;
    const sms = parseWith(InboundSms, Object.fromEntries(body.params));
    if (!sms.ok) return sms.response;
    const { From: from, To: to, Body: text, MessageSid } = sms.value;
    const at = deps.now?.() ?? Date.now();
    const keyword = optKeyword(text, "sms");
    // Twilio answers STOP/START itself (Advanced Opt-Out); we only record the choice.
    const message = { channel: "sms" as const, from, to, text, providerMessageId: MessageSid, at };
    if (keyword === "opt_out") await deps.onOptOut(message);
    else if (keyword === "opt_in") await deps.onOptIn(message);
    else await answerInbound(message, deps, deps.sender, deps);
    return c.body(emptyTwiml, 200, { "content-type": "text/xml" });
  });

  app.post("/v1/channels/twilio/status", async (c) => {
    const deps = await resolve(c);
    if (deps === null) return notConfigured();
    const body = await verified(c, deps);
    if (!body.ok) return body.response;
    const status = parseWith(StatusCallback, Object.fromEntries(body.params));
    if (!status.ok) return status.response;
    await deps.onStatus({
      channel: "sms",
      providerMessageId: status.value.MessageSid,
      status: status.value.MessageStatus,
      recipient: status.value.To ?? null,
      errorCode: status.value.ErrorCode ?? null,
      at: deps.now?.() ?? Date.now(),
    });
    return c.body(null, 204);
  });
  return app;
}
