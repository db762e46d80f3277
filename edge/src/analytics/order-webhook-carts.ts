import { z } from "zod";
import { ensureAnalyticsSchema } from "./schema.ts";

const Row = z.object({ cart_id: z.string() }).nullable();

/**
 * The cart id a site's sessions know an order's cart token by: the token itself, or the token
 * with a `?key=` suffix (Shopify's /cart.js token); the newest session's wins. Null when none.
 */
export async function sessionCartId(db: D1Database, siteId: string, token: string): Promise<string | null> {
  await ensureAnalyticsSchema(db);
  const prefix = `${token}?key=`;
  const row = await db
    .prepare("SELECT cart_id FROM analytics_sessions WHERE site_id = ?1 AND (cart_id = ?2 OR substr(cart_id, 1, ?3) = ?4) ORDER BY created_at DESC LIMIT 1")
    .bind(siteId, token, prefix.length, prefix)
    .first();
  return Row.parse(row)?.cart_id ?? null;
}

const Rows = z.array(z.object({ cart_id: z.string() }));

/** The newest cart id among the site's sessions since `since` that `match` accepts (at most the last 2000 sessions). */
export async function sessionCartIdMatching(db: D1Database, siteId: string, since: number, match: (cartId: string) => boolean): Promise<string | null> {
  await ensureAnalyticsSchema(db);
  const { results } = await db
    .prepare("SELECT DISTINCT cart_id FROM analytics_sessions WHERE site_id = ? AND created_at >= ? ORDER BY created_at DESC LIMIT 2000")
    .bind(siteId, since)
    .all();
  return Rows.parse(results).find((row) => match(row.cart_id))?.cart_id ?? null;
}
