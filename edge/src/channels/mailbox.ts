/** A mailbox as worker-mailer takes it. */
export interface Mailbox {
  name?: string;
  email: string;
}

/** `Name <address>` or a bare address, as EMAIL_FROM and EMAIL_REPLY_TO are usually written. */
export function mailbox(value: string): Mailbox {
  const match = value.match(/^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/);
  if (!match) return { email: value.trim() };
  const [, name, email] = match;
  return name ? { name, email: email ?? "" } : { email: email ?? "" };
}

/**
 * Where replies go: `<local>+<token>@<domain>`, local part and domain from EMAIL_REPLY_TO when set
 * (the inbound relay's address), else `reply@` the domain of EMAIL_FROM.
 */
export function replyParts(env: { EMAIL_FROM: string; EMAIL_REPLY_TO?: string | undefined }): { local: string; domain: string } {
  const from = mailbox(env.EMAIL_FROM).email;
  const base = env.EMAIL_REPLY_TO ? mailbox(env.EMAIL_REPLY_TO).email : `reply@${from.split("@").pop() ?? "localhost"}`;
  const at = base.lastIndexOf("@");
  return { local: base.slice(0, at).split("+")[0] ?? "reply", domain: base.slice(at + 1) };
}

/** The reply token in a `local+token@domain` address we handed out, or null. */
export function replyToken(address: string): string | null {
  return address.match(/\+([0-9a-f]{32})@/i)?.[1]?.toLowerCase() ?? null;
}

/** The `<id@host>` message ids in an In-Reply-To or References value. */
export function messageIds(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

/** Header values we set never carry CR or LF (worker-mailer does not refuse them: header injection). */
export function headerSafe(values: (string | undefined)[]): boolean {
  return values.every((value) => value === undefined || !/[\r\n]/.test(value));
}
