import { abandonedAt } from "../followup/abandonment.ts";
import type { Bindings } from "../http/bindings.ts";
import type { ActivityStore } from "./activity-store.ts";
import { loadSite } from "./follow-up-alarm.ts";
import type { SessionStore } from "./session-store.ts";

type AlarmStorage = Pick<DurableObjectStorage, "setAlarm" | "deleteAlarm">;

/** Sets the alarm at `at`, or deletes it when there is nothing to wake up for. */
export async function setOrDeleteAlarm(storage: AlarmStorage, at: number | null): Promise<void> {
  if (at === null) await storage.deleteAlarm();
  else await storage.setAlarm(at);
}

/**
 * After any activity: moves the alarm to the moment the cart would count as abandoned. The
 * alarm re-checks everything when it fires (cart contents, consent, ledger), so this only needs
 * the timings. Holdout sessions and sites without steps never get an alarm.
 */
export async function scheduleFollowUps(storage: AlarmStorage, store: SessionStore, activity: ActivityStore, env: Bindings): Promise<void> {
  const row = store.session();
  const facts = activity.get();
  if (row === null || row.grp === "holdout" || facts === null) return;
  const loaded = await loadSite(env, row.site_id);
  if (loaded === null || loaded.site.followUp.steps.length === 0) return;
  // Only the store knows the cart's contents; the alarm checks them.
  const at = facts.optedOut ? null : abandonedAt({ cartItemCount: 1, ...facts }, loaded.site.followUp);
  await setOrDeleteAlarm(storage, at);
}
