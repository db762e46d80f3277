const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** `SAVE10-7KQ2M9XA`: the offer's code plus 8 random characters (40 bits), unguessable and readable. */
export function singleUseCode(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("")}`;
}

/** Single-use codes expire after a week: long enough for a follow-up, short enough not to linger. */
export const singleUseLifetimeMs = 7 * 24 * 3600 * 1000;
