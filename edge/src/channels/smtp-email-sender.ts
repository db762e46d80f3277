import { LogLevel, WorkerMailer } from "worker-mailer";
import { fail, ok } from "../store/result.ts";
import type { SmtpEnv } from "./channel-env.ts";
import type { EmailSender } from "./channel-messages.ts";
import { headerSafe, mailbox } from "./mailbox.ts";

export { mailbox } from "./mailbox.ts";

/**
 * Email over SMTP from the worker (worker-mailer on `cloudflare:sockets`, so this module only
 * loads in workerd; Node code depends on `EmailSender`). One connection per message: follow-ups
 * are rare and a Durable Object alarm should not hold sockets open.
 */
export function smtpEmailSender(env: SmtpEnv): EmailSender {
  const from = mailbox(env.EMAIL_FROM);
  const domain = from.email.split("@").pop() ?? "localhost";
  return {
    async send(message) {
      const messageId = message.messageId ?? `<${crypto.randomUUID()}@${domain}>`;
      const headers = { ...message.headers, "Message-ID": messageId };
      const replyTo = message.replyTo ?? env.EMAIL_REPLY_TO;
      if (!headerSafe([message.to, message.subject, replyTo, ...Object.keys(headers), ...Object.values(headers)])) {
        return fail("invalid_header", "A header value contains CR or LF; the message was not sent.");
      }
      try {
        await WorkerMailer.send(
          {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE === "true",
            startTls: env.SMTP_SECURE !== "true",
            ...(env.SMTP_USER && env.SMTP_PASSWORD
              ? { credentials: { username: env.SMTP_USER, password: env.SMTP_PASSWORD }, authType: ["plain", "login"] }
              : {}),
            socketTimeoutMs: 10_000,
            responseTimeoutMs: 10_000,
            // Failures come back as values; worker-mailer's own info logs would only add noise.
            logLevel: LogLevel.ERROR,
          },
          {
            from,
            to: message.to,
            ...(replyTo ? { reply: mailbox(replyTo) } : {}),
            subject: message.subject,
            text: message.text,
            html: message.html,
            headers,
          },
        );
        return ok({ messageId, status: "sent" });
      } catch (cause) {
        // worker-mailer reports refused connections and SMTP rejections by throwing.
        return fail("provider_unavailable", `SMTP delivery failed: ${cause instanceof Error ? cause.message : String(cause)}`);
      }
    },
  };
}
