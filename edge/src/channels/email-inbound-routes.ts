import { Hono, type Context, type Env } from "hono";
import { z } from "zod";
import { apiError } from "../http/api-error.ts";
import { notConfigured } from "./not-configured.ts";
import { limitBody } from "../http/limit-body.ts";
import { readJson } from "../http/read-json.ts";
import type { EmailInboundEnv } from "./channel-env.ts";
import type { EmailSender, InboundHandlers } from "./channel-messages.ts";
import { hmac, hmacVerify } from "./hmac.ts";
import { messageIds, replyToken } from "./mailbox.ts";
import { optKeyword } from "./opt-keywords.ts";
import { replyEmailHtml, stripQuotedReply } from "./reply-email.tsx";

export interface EmailInboundDeps extends InboundHandlers {
  env: EmailInboundEnv;
  /** Sends the agent's answer back by email. */
  sender: EmailSender;
  now?: () => number;
}

/** `Name <address>` or a bare address, as inbound relays forward it. */
const Address = z
  .string()
  .trim()
  .transform((value) => value.match(/<([^<>]+)>\s*$/)?.[1] ?? value)
  .pipe(z.email());

/** A header value as the relay decoded it: CR or LF in it would be header injection when we reply. */
const HeaderValue = (max: number) => z.string().max(max).regex(/^[^\r\n]*$/, "must not contain CR or LF");

const InboundEmail = z.object({
  from: Address,
  /** Our address the reply went to: `reply+<token>@…` routes it to the send it answers. */
  to: Address,
  subject: HeaderValue(998).default(""),
  text: z.string().max(100_000),
  messageId: HeaderValue(998).optional(),
  /** The shopper's mail client's In-Reply-To and References: our Message-IDs route the reply too. */
  inReplyTo: HeaderValue(998).optional(),
  references: HeaderValue(8000).optional(),
});

/** Equal secrets without leaking where they differ: a MAC under one, verified under the other. */
async function sameSecret(expected: string, given: string | undefined): Promise<boolean> {
  if (!given) return false;
  return hmacVerify("SHA-256", expected, "inbound-email", await hmac("SHA-256", given, "inbound-email"));
}

/**
 * `POST /v1/channels/email/inbound` (mounted at the root): a shopper's reply forwarded by the
 * mail provider's inbound relay as JSON, authenticated by `X-Inbound-Secret`. The agent answers
 * by email in the same thread.
 */
export function emailInboundRoutes<E extends Env>(resolve: (c: Context<E>) => EmailInboundDeps | null | Promise<EmailInboundDeps | null>): Hono<E> {
  const app = new Hono<E>();
  app.use("/v1/channels/email/inbound", limitBody(256 * 1024));
  app.post("/v1/channels/email/inbound", async (c) => {
    const deps = await resolve(c);
    if (deps === null) return notConfigured();
    if (!(await sameSecret(deps.env.EMAIL_INBOUND_SECRET, c.req.header("x-inbound-secret")))) {
      return apiError(401, "invalid_secret", "X-Inbound-Secret is missing or wrong.");
    }
    const body = await readJson(c, InboundEmail);
    if (!body.ok) return body.response;
    const email = body.value;
    const text = stripQuotedReply(email.text);
    const at = deps.now?.() ?? Date.now();
    // The List-Unsubscribe mailto: sends subject "unsubscribe"; a reply may say STOP on its first line.
    const keyword = optKeyword(text.split("\n")[0] ?? "", "email") ?? optKeyword(email.subject, "email");
    const inReplyTo = [...messageIds(email.inReplyTo), ...messageIds(email.references).reverse()];
    const token = replyToken(email.to);
    const message = {
      channel: "email" as const,
      from: email.from,
      to: email.to,
      text,
      providerMessageId: email.messageId ?? null,
      at,
      inReplyTo,
      ...(token ? { replyToken: token } : {}),
    };
    if (keyword === "opt_out") {
      await deps.onOptOut(message);
      return c.json({ handled: "opt_out" });
    }
    if (keyword === "opt_in") {
      await deps.onOptIn(message);
      return c.json({ handled: "opt_in" });
    }
    if (text === "") return c.json({ handled: "empty" });
    const answer = await deps.onInbound(message);
    if (!answer) return c.json({ handled: "no_reply" });
    const reply = answer.text;
    const subject = /^re:/i.test(email.subject) ? email.subject : `Re: ${email.subject}`.trim();
    const threading = email.messageId ? { "In-Reply-To": email.messageId, References: email.messageId } : undefined;
    const sent = await deps.sender.send({
      to: email.from,
      subject,
      text: reply,
      html: replyEmailHtml(reply),
      ...(threading ? { headers: threading } : {}),
      ...(answer.tag ? { tag: answer.tag } : {}),
    });
    if (!sent.ok) return apiError(502, sent.code, "The reply could not be sent.", { reason: sent.message });
    return c.json({ handled: "replied", messageId: sent.value.messageId });
  });
  return app;
}
