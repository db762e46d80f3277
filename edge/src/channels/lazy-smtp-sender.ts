import type { SmtpEnv } from "./channel-env.ts";
import type { EmailSender } from "./channel-messages.ts";

/**
 * The SMTP sender, loaded on first use: worker-mailer imports `cloudflare:sockets`, which only
 * exists in workerd, and the app is also imported by Node tests that never send email.
 */
export function lazySmtpSender(env: SmtpEnv): EmailSender {
  return {
    async send(message) {
      const { smtpEmailSender } = await import("./smtp-email-sender.ts");
      return smtpEmailSender(env).send(message);
    },
  };
}
