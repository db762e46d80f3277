import type { Channel } from "../domain/session-state.ts";

/**
 * Addresses are keyed so SMS and WhatsApp share a phone: Meta sends `4915…`, Twilio `+4915…`.
 * Emails compare case-insensitively. The send log and the suppression list store these keys.
 */
export function contactKey(channel: Channel, address: string): string | null {
  if (channel === "email") {
    const email = address.trim().toLowerCase();
    return email.includes("@") ? `email:${email}` : null;
  }
  const digits = address.replace(/\D/g, "");
  return digits.length >= 7 ? `phone:${digits}` : null;
}
