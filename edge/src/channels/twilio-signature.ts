import { fromBase64, hmacVerify } from "./hmac.ts";

/**
 * Twilio's request signature: HMAC-SHA1 (auth token) over the full URL Twilio called followed by
 * every POST parameter name and value, sorted by name; base64 in `X-Twilio-Signature`.
 */
export function twilioSignedPayload(url: string, params: URLSearchParams): string {
  // Twilio signs repeated parameters once per distinct value, like the official helper.
  const unique = new Map([...params.entries()].map(([name, value]) => [`${name}\u0000${value}`, [name, value] as const]));
  const pairs = [...unique.values()].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return url + pairs.map(([name, value]) => name + value).join("");
}

export function verifyTwilioSignature(authToken: string, url: string, params: URLSearchParams, signature: string | undefined): Promise<boolean> {
  return hmacVerify("SHA-1", authToken, twilioSignedPayload(url, params), signature ? fromBase64(signature) : null);
}
