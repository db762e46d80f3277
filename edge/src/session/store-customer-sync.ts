import type { Bindings } from "../http/bindings.ts";
import { siteStore } from "../store/site-store.ts";
import type { CustomerUpdate } from "../store/store-adapter.ts";
import { loadSite } from "./follow-up-alarm.ts";
import type { SessionRow } from "./session-records.ts";

/**
 * Writes contact and consent changes through to the store's cart customer too: the follow-up
 * alarm reads consent from both, so a withdrawal (STOP, unticking the box) must reach both.
 */
export async function syncStoreCustomer(env: Bindings, row: SessionRow, update: CustomerUpdate): Promise<void> {
  const loaded = await loadSite(env, row.site_id);
  const store = loaded ? siteStore(loaded.site, env) : null;
  if (store === null) return;
  const saved = await store.updateCustomer(row.cart_id, update);
  if (!saved.ok) console.warn(`cart-saver: consent for cart ${row.cart_id} not written to the store: ${saved.code} ${saved.message}`);
}
