import { sign, verify } from "hono/jwt";
import { JwtTokenExpired } from "hono/utils/jwt/types";
import { z } from "zod";

/**
 * The shopper's session token: a compact HS256 JWT (WebCrypto HMAC-SHA256 via hono/jwt) bound
 * to site, session and the page origin that created it, short-lived.
 */
export const SessionClaims = z.object({
  site: z.string(),
  sid: z.string(),
  /** Origin of the page that created the session; "" when created without an Origin header. */
  origin: z.string(),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type SessionClaims = z.infer<typeof SessionClaims>;

export const sessionTokenTtlSeconds = 2 * 60 * 60;
const audience = "cart-saver:session";

export async function issueSessionToken(
  secret: string,
  claims: { site: string; sid: string; origin: string },
  nowMs = Date.now(),
): Promise<{ token: string; expiresAt: string }> {
  const iat = Math.floor(nowMs / 1000);
  const exp = iat + sessionTokenTtlSeconds;
  const token = await sign({ ...claims, aud: audience, iat, exp }, secret, "HS256");
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

export type TokenCheck = { ok: true; claims: SessionClaims } | { ok: false; code: "invalid_token" | "token_expired" };

export async function verifySessionToken(secret: string, token: string): Promise<TokenCheck> {
  try {
    const payload = await verify(token, secret, { alg: "HS256", aud: audience });
    const claims = SessionClaims.safeParse(payload);
    return claims.success ? { ok: true, claims: claims.data } : { ok: false, code: "invalid_token" };
  } catch (error) {
    // hono/jwt reports every rejection (bad signature, malformed, expired) by throwing.
    return { ok: false, code: error instanceof JwtTokenExpired ? "token_expired" : "invalid_token" };
  }
}
