import type { EmailSender } from "../channels/channel-messages.ts";
import { fail, ok, type Result } from "../store/result.ts";
import { fetchWithDeadline } from "../http/deadline.ts";

export interface HandoverNotice {
  storeName: string;
  sessionId: string;
  reason: string;
  /** The shopper's last message, quoted so the merchant knows what it is about. */
  lastMessage: string | null;
  /** The conversation in the dashboard inbox; null when PUBLIC_URL is not set. */
  inboxUrl: string | null;
}

export interface NotifyTargets {
  email?: string | undefined;
  webhookUrl?: string | undefined;
}

export interface NotifyDeps {
  email?: EmailSender | undefined;
  fetch: typeof fetch;
  timeoutMs?: number;
}

/** What happened on each channel; a channel the site does not set is `not_configured`. */
export interface NotifyOutcome {
  email: Result<{ messageId: string }>;
  webhook: Result<{ status: number }>;
}

export function noticeText(n: HandoverNotice): string {
  const lines = [`A shopper at ${n.storeName} asked for a person (${n.reason}).`];
  if (n.lastMessage) lines.push(`Last message: "${n.lastMessage.slice(0, 300)}"`);
  lines.push(n.inboxUrl ? `Reply in the inbox: ${n.inboxUrl}` : `Session ${n.sessionId} is waiting in the dashboard inbox.`);
  return lines.join("\n");
}

/** The body Slack and Microsoft Teams incoming webhooks both accept. */
export const webhookPayload = (n: HandoverNotice) => ({ text: noticeText(n) });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Notifies the merchant on every configured channel at once; failures come back as values. */
export async function notifyMerchant(notice: HandoverNotice, targets: NotifyTargets, deps: NotifyDeps): Promise<NotifyOutcome> {
  const [email, webhook] = await Promise.all([sendEmail(notice, targets.email, deps.email), postWebhook(notice, targets.webhookUrl, deps)]);
  return { email, webhook };
}

async function sendEmail(notice: HandoverNotice, to: string | undefined, sender: EmailSender | undefined): Promise<NotifyOutcome["email"]> {
  if (!to) return fail("not_configured", "The site has no escalation.handoff.email.");
  if (!sender) return fail("channel_not_configured", "No SMTP sender is configured for the worker.");
  const text = noticeText(notice);
  const html = `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  try {
    const sent = await sender.send({ to, subject: `${notice.storeName}: a shopper is waiting for a person`, text, html });
    return sent.ok ? ok({ messageId: sent.value.messageId }) : sent;
  } catch (error) {
    return fail("email_failed", error instanceof Error ? error.message : String(error));
  }
}

async function postWebhook(notice: HandoverNotice, url: string | undefined, deps: NotifyDeps): Promise<NotifyOutcome["webhook"]> {
  if (!url) return fail("not_configured", "The site has no escalation.handoff.webhookUrl.");
  try {
    const init = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(webhookPayload(notice)) };
    const res = await fetchWithDeadline(deps.fetch, url, init, deps.timeoutMs ?? 5000);
    return res.ok ? ok({ status: res.status }) : fail("webhook_rejected", `The webhook answered ${res.status}.`, { status: res.status });
  } catch (error) {
    return fail("webhook_failed", error instanceof Error ? error.message : String(error));
  }
}
