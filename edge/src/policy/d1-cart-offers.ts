import { z } from "zod";
import { ensureMigrations } from "../d1/ensure-migrations.ts";
import type { CartGrant, CartOffers } from "./cart-offers.ts";


const GrantRow = z.object({
  cart_id: z.string(),
  offer_id: z.string(),
  code: z.string(),
  session_id: z.string(),
  customer_id: z.string().nullable(),
  amount: z.number(),
  at: z.number(),
});

export interface CartRef {
  siteId: string;
  cartId: string;
  customerId: string | null;
}

/**
 * The cart's offers in D1. A claim is one INSERT … SELECT whose WHERE counts the cart's grants and
 * the customer's earlier ones: D1 runs each statement alone, so of two parallel claims over the
 * limit exactly one lands (the primary key also stops the same offer twice on one cart).
 */
export function d1CartOffers(db: D1Database, ref: CartRef): CartOffers {
  return {
    async granted() {
      await ensureMigrations(db);
      const { results } = await db
        .prepare("SELECT cart_id, offer_id, code, session_id, customer_id, amount, at FROM offer_grants WHERE site_id = ?1 AND (cart_id = ?2 OR customer_id = ?3) ORDER BY at")
        .bind(ref.siteId, ref.cartId, ref.customerId)
        .all();
      const rows = results.map((row) => GrantRow.parse(row));
      const grant = (row: z.infer<typeof GrantRow>): CartGrant => ({
        offerId: row.offer_id,
        code: row.code,
        amount: row.amount,
        sessionId: row.session_id,
        customerId: row.customer_id,
        at: row.at,
      });
      return { cart: rows.filter((r) => r.cart_id === ref.cartId).map(grant), customer: rows.filter((r) => r.cart_id !== ref.cartId).map(grant) };
    },
    async claim(grant, rule) {
      await ensureMigrations(db);
      const result = await db
        .prepare(
          `INSERT OR IGNORE INTO offer_grants (site_id, cart_id, offer_id, code, session_id, customer_id, amount, at)
           SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
           WHERE (SELECT COUNT(*) FROM offer_grants WHERE site_id = ?1 AND cart_id = ?2) < ?9
             AND NOT (?10 = 1 AND ?6 IS NOT NULL AND EXISTS (SELECT 1 FROM offer_grants WHERE site_id = ?1 AND customer_id = ?6 AND offer_id = ?3))`,
        )
        .bind(ref.siteId, ref.cartId, grant.offerId, grant.code, grant.sessionId, ref.customerId, grant.amount, grant.at, rule.maxOffersPerCart, rule.onePerCustomer ? 1 : 0)
        .run();
      return result.meta.changes === 1;
    },
    async confirm(offerId, amount) {
      await db.prepare("UPDATE offer_grants SET amount = ? WHERE site_id = ? AND cart_id = ? AND offer_id = ?").bind(amount, ref.siteId, ref.cartId, offerId).run();
    },
    async release(offerId) {
      await db.prepare("DELETE FROM offer_grants WHERE site_id = ? AND cart_id = ? AND offer_id = ?").bind(ref.siteId, ref.cartId, offerId).run();
    },
  };
}
