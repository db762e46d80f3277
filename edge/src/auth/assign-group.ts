import { hmac } from "../channels/hmac.ts";
import type { Group } from "../domain/session-state.ts";

/**
 * Holdout assignment, the server's choice: HMAC-SHA256 under a server secret of (site, cart),
 * mapped to 0..9999 basis points. Every session of a cart lands in the same group, whatever the
 * browser sends (a visitor id can keep a session, never pick a group), and nobody without the
 * secret can predict a cart's group. Rotating the secret reshuffles carts that have no session yet.
 */
export async function assignGroup(secret: string, siteId: string, cartId: string, holdoutPercent: number): Promise<Group> {
  const digest = await hmac("SHA-256", secret, `holdout\u0000${siteId}\u0000${cartId}`);
  const bucket = new DataView(digest.buffer).getUint32(0) % 10000;
  return bucket < Math.round(holdoutPercent * 100) ? "holdout" : "agent";
}
