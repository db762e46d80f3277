import type { Context } from "hono";
import { originAllowed } from "../auth/origin-allowed.ts";
import { verifySessionToken, type SessionClaims } from "../auth/session-token.ts";
import { apiError } from "./api-error.ts";
import type { AppEnv } from "./bindings.ts";
import type { Parsed } from "./read-json.ts";

const messages = {
  invalid_token: "The session token is missing or invalid.",
  token_expired: "The session token expired; create a new session.",
} as const;

/**
 * Verifies a shopper's session token: 401 invalid_token / token_expired, and 403
 * origin_mismatch when a browser on another origin than the one the token was issued to uses it.
 */
export async function authenticateSession(c: Context<AppEnv>, token: string | null): Promise<Parsed<SessionClaims>> {
  if (token === null) return { ok: false, response: apiError(401, "invalid_token", messages.invalid_token) };
  const check = await verifySessionToken(c.var.config.SESSION_SECRET, token);
  if (!check.ok) return { ok: false, response: apiError(401, check.code, messages[check.code]) };
  const origin = c.req.header("Origin");
  if (origin && check.claims.origin && !originAllowed([check.claims.origin], origin)) {
    return { ok: false, response: apiError(403, "origin_mismatch", "This token was issued to another origin.") };
  }
  return { ok: true, value: check.claims };
}

/** The session's Durable Object, for a session id taken from a verified token; null if no such id can exist. */
export function sessionStub(c: Context<AppEnv>, sessionId: string) {
  let id: DurableObjectId;
  try {
    id = c.env.SESSIONS.idFromString(sessionId);
  } catch {
    // idFromString throws for ids this namespace never issued (only possible with a leaked secret).
    return null;
  }
  return c.env.SESSIONS.get(id);
}

export const unknownSession = () => apiError(404, "unknown_session", "This session does not exist.");
