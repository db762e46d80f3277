import { fromHex, hmacVerify } from "../channels/hmac.ts";
import type { SiteConfig } from "../config/site-config.ts";
import { readVar } from "../config/edge-env.ts";

export interface ClaimedCustomer {
  id: string;
  email?: string | undefined;
}

/** A shopper the store vouches for; only a verified customer gets personal data from any tool. */
export interface VerifiedCustomer {
  id: string;
  email: string | null;
}

export type CustomerCheck =
  | { ok: true; customer: VerifiedCustomer | null }
  | { ok: false; code: "identity_not_configured" | "invalid_customer_hash"; message: string };

/**
 * Identity verification the way Intercom does it: the merchant's server signs the logged-in
 * customer's id, `customerHash = hex(HMAC-SHA256(identity secret, customer.id))`, and the page
 * passes both to `identify`. A claimed customer without a hash stays anonymous; a wrong hash,
 * or a hash for a site without an identity secret, is refused so a misconfigured page is noticed.
 */
export async function verifyCustomer(site: SiteConfig, env: object, customer: ClaimedCustomer | undefined, hash: string | undefined): Promise<CustomerCheck> {
  if (customer === undefined || hash === undefined) return { ok: true, customer: null };
  const secret = site.identity ? readVar(env, site.identity.secret) : undefined;
  if (secret === undefined || secret === "") {
    return { ok: false, code: "identity_not_configured", message: "This site has no identity secret, so customerHash cannot be checked." };
  }
  const valid = await hmacVerify("SHA-256", secret, customer.id, fromHex(hash));
  if (!valid) return { ok: false, code: "invalid_customer_hash", message: "customerHash does not match customer.id." };
  return { ok: true, customer: { id: customer.id, email: customer.email?.trim().toLowerCase() ?? null } };
}
