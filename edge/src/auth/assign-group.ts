import type { Group } from "../domain/session-state.ts";

/**
 * Deterministic holdout assignment: SHA-256 of (siteId, visitor key) mapped to 0..9999 basis
 * points, so a returning visitor stays in the same group for the same holdout percentage.
 */
export async function assignGroup(siteId: string, visitorKey: string, holdoutPercent: number): Promise<Group> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${siteId}\u0000${visitorKey}`));
  const bucket = new DataView(digest).getUint32(0) % 10000;
  return bucket < Math.round(holdoutPercent * 100) ? "holdout" : "agent";
}
