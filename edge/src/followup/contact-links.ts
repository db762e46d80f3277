import { z } from "zod";
import { fromBase64Url, hmac, hmacVerify, toBase64Url } from "../channels/hmac.ts";
import { Channel } from "../domain/session-state.ts";
import { fail, ok, type Result } from "../store/result.ts";

/**
 * Signed links bound to one session, channel and address: the email confirmation link
 * (`/v1/contact/confirm/<token>`) and the unsubscribe link (`/v1/unsubscribe/<token>`).
 * Signed with SESSION_SECRET like resume links, over `contact-link.<purpose>.<body>` so neither
 * kind of token verifies as the other or as a resume token.
 */
export const LinkPurpose = z.enum(["confirm", "unsubscribe"]);
export type LinkPurpose = z.infer<typeof LinkPurpose>;

export const ContactLinkClaims = z.object({
  siteId: z.string().min(1),
  sessionId: z.string().min(1),
  channel: Channel,
  address: z.string().min(3).max(254),
  /** Expiry, epoch seconds. */
  exp: z.number().int(),
});
export type ContactLinkClaims = z.infer<typeof ContactLinkClaims>;

export const linkLifetimeSeconds: Record<LinkPurpose, number> = { confirm: 24 * 60 * 60, unsubscribe: 365 * 24 * 60 * 60 };
const paths: Record<LinkPurpose, string> = { confirm: "/v1/contact/confirm/", unsubscribe: "/v1/unsubscribe/" };

const encoder = new TextEncoder();
const signed = (purpose: LinkPurpose, body: string) => `contact-link.${purpose}.${body}`;

export async function signContactLink(secret: string, purpose: LinkPurpose, claims: ContactLinkClaims): Promise<string> {
  const body = toBase64Url(encoder.encode(JSON.stringify(ContactLinkClaims.parse(claims))));
  return `${body}.${toBase64Url(await hmac("SHA-256", secret, signed(purpose, body)))}`;
}

export async function contactLinkUrl(publicUrl: string, secret: string, purpose: LinkPurpose, claims: Omit<ContactLinkClaims, "exp">, now: number): Promise<string> {
  const exp = Math.floor(now / 1000) + linkLifetimeSeconds[purpose];
  return new URL(paths[purpose] + (await signContactLink(secret, purpose, { ...claims, exp })), publicUrl).toString();
}

/** invalid_token (forged, altered, another kind of link) or link_expired; never throws. */
export async function verifyContactLink(secret: string, purpose: LinkPurpose, token: string, now: number): Promise<Result<ContactLinkClaims>> {
  const invalid = fail("invalid_token", "This link is not valid.");
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return invalid;
  if (!(await hmacVerify("SHA-256", secret, signed(purpose, body), fromBase64Url(signature)))) return invalid;
  const bytes = fromBase64Url(body);
  let data: unknown = null;
  try {
    data = bytes && JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return invalid;
  }
  const claims = ContactLinkClaims.safeParse(data);
  if (!claims.success) return invalid;
  if (claims.data.exp * 1000 <= now) return fail("link_expired", "This link has expired.");
  return ok(claims.data);
}
