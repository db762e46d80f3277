import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Checkout links: `<publicUrl>/checkout/resume/<payload>.<signature>` where payload is
 * base64url JSON {cartId, exp} and signature base64url HMAC-SHA256 over the payload, keyed by
 * a key derived from the store's API token (so rotating the token revokes old links).
 */
export const CHECKOUT_LINK_TTL_MS = 24 * 60 * 60 * 1000;

const Payload = z.object({ c: z.string().min(1), e: z.number().int() });

const keyFor = (secret: string) => createHmac("sha256", secret).update("cart-saver/checkout-link/v1").digest();
const sign = (secret: string, payload: string) => createHmac("sha256", keyFor(secret)).update(payload).digest();

export function createCheckoutToken(secret: string, cartId: string, now: Date, ttlMs = CHECKOUT_LINK_TTL_MS) {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const payload = Buffer.from(JSON.stringify({ c: cartId, e: expiresAt.getTime() })).toString("base64url");
  return { token: `${payload}.${sign(secret, payload).toString("base64url")}`, expiresAt };
}

export type TokenCheck = { ok: true; cartId: string } | { ok: false; code: "link_invalid" | "link_expired"; message: string };

export function verifyCheckoutToken(secret: string, token: string, now: Date): TokenCheck {
  const invalid = { ok: false, code: "link_invalid", message: "This checkout link is not valid." } as const;
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return invalid;
  const expected = sign(secret, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  const parsed = Payload.safeParse(decoded);
  if (!parsed.success) return invalid;
  if (parsed.data.e <= now.getTime()) return { ok: false, code: "link_expired", message: "This checkout link has expired." };
  return { ok: true, cartId: parsed.data.c };
}
