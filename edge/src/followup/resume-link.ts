import { z } from "zod";
import { Channel } from "../domain/session-state.ts";
import { fail, ok, type Result } from "../store/result.ts";
import { fromBase64Url, hmac, hmacVerify, toBase64Url } from "../channels/hmac.ts";

/**
 * The resume link in every follow-up: `/r/<token>`, token = base64url(JSON claims) "." base64url
 * (HMAC-SHA256). Compact on purpose (it goes into SMS); the claims carry the session for
 * attribution and the cart to restore.
 */
export const ResumeClaims = z.object({
  siteId: z.string().min(1),
  sessionId: z.string().min(1),
  cartId: z.string().min(1),
  channel: Channel,
  stepIndex: z.number().int().nonnegative(),
  /** Expiry, epoch seconds. */
  exp: z.number().int(),
});
export type ResumeClaims = z.infer<typeof ResumeClaims>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function signResumeToken(secret: string, claims: ResumeClaims): Promise<string> {
  const body = toBase64Url(encoder.encode(JSON.stringify(ResumeClaims.parse(claims))));
  return `${body}.${toBase64Url(await hmac("SHA-256", secret, body))}`;
}

export async function resumeUrl(edgeUrl: string, secret: string, claims: ResumeClaims): Promise<string> {
  return new URL(`/r/${await signResumeToken(secret, claims)}`, edgeUrl).toString();
}

/** invalid_token (tampered or garbled) or link_expired; never throws. */
export async function verifyResumeToken(secret: string, token: string, now: number): Promise<Result<ResumeClaims>> {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return fail("invalid_token", "The link is not a valid resume link.");
  if (!(await hmacVerify("SHA-256", secret, body, fromBase64Url(signature)))) {
    return fail("invalid_token", "The link is not a valid resume link.");
  }
  const bytes = fromBase64Url(body);
  let data: unknown = null;
  try {
    data = bytes && JSON.parse(decoder.decode(bytes));
  } catch {
    return fail("invalid_token", "The link is not a valid resume link.");
  }
  const claims = ResumeClaims.safeParse(data);
  if (!claims.success) return fail("invalid_token", "The link is not a valid resume link.");
  if (claims.data.exp * 1000 <= now) return fail("link_expired", "This link has expired.", { expiredAt: claims.data.exp });
  return ok(claims.data);
}
