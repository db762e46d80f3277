import type { Contact } from "../agent/agent-context.ts";
import type { Channel } from "../domain/session-state.ts";
import type { LedgerEntry, SendLedger } from "../followup/send-ledger.ts";
import { sqlSendLedger } from "../followup/sql-send-ledger.ts";
import type { Bindings } from "../http/bindings.ts";
import { ActivityStore } from "./activity-store.ts";
import { indexContact } from "./contact-index.ts";
import { runFollowUpAlarm } from "./follow-up-alarm.ts";
import { scheduleFollowUps, setOrDeleteAlarm } from "./follow-up-schedule.ts";
import type { SessionEvent } from "./next-state.ts";
import type { SessionStore } from "./session-store.ts";
import { syncStoreCustomer } from "./store-customer-sync.ts";

/** Follow-ups in the session view: when the alarm fires next and what each step became. */
export interface FollowUpStatus {
  nextAt: string | null;
  steps: LedgerEntry[];
}

export type ContactPatch = Partial<Omit<Contact, "consent">> & { consent: Partial<Contact["consent"]> };

/** The Session Durable Object's follow-up side: activity, alarm, consent and the send ledger. */
export class SessionFollowUps {
  readonly activity: ActivityStore;
  private readonly ledger: SendLedger;

  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly store: SessionStore,
    private readonly env: Bindings,
  ) {
    this.activity = new ActivityStore(storage.sql);
    this.ledger = sqlSendLedger(storage.sql);
  }

  schedule(): Promise<void> {
    return scheduleFollowUps(this.storage, this.store, this.activity, this.env);
  }

  /** The alarm: due steps go out; `apply` moves the session to lost or recovered. */
  async alarm(apply: (event: SessionEvent) => void): Promise<void> {
    const before = JSON.stringify(this.activity.get());
    const next = await runFollowUpAlarm({
      store: this.store,
      activity: this.activity,
      ledger: this.ledger,
      env: this.env,
      now: Date.now(),
      markLost: () => apply({ kind: "lost" }),
      markOrdered: () => {
        this.activity.orderPlaced(Date.now());
        apply({ kind: "order" });
      },
    });
    // The run awaits the store and the providers; a STOP, an order or new activity meanwhile wins.
    const after = this.activity.get();
    if (after?.optedOut || after?.orderPlaced) await this.storage.deleteAlarm();
    else if (JSON.stringify(after) !== before) await this.schedule();
    else await setOrDeleteAlarm(this.storage, next);
  }

  async status(sessionId: string): Promise<FollowUpStatus> {
    const alarm = await this.storage.getAlarm();
    return { nextAt: alarm === null ? null : new Date(alarm).toISOString(), steps: await this.ledger.entries(sessionId) };
  }

  async orderPlaced(): Promise<void> {
    this.activity.orderPlaced(Date.now());
    await this.storage.deleteAlarm();
  }

  async saveContact(patch: ContactPatch): Promise<{ consent: Contact["consent"] } | null> {
    const row = this.store.session();
    if (row === null) return null;
    const contact = { ...row.contact, ...patch, consent: { ...row.contact.consent, ...patch.consent } };
    this.store.saveContact(contact);
    await syncStoreCustomer(this.env, row, patch);
    await this.indexContact(contact);
    await this.schedule();
    return { consent: contact.consent };
  }

  /** STOP on any channel: that channel's consent is withdrawn (here and at the store), every pending step cancelled. */
  async optOut(channel: Channel, at: number): Promise<void> {
    const row = this.store.session();
    if (row === null) return;
    this.store.setConsent(channel, false);
    this.activity.setOptedOut(true, at);
    await syncStoreCustomer(this.env, row, { consent: { [channel]: false } });
    await this.storage.deleteAlarm();
  }

  /** START: the shopper opted back in on this channel. */
  async optIn(channel: Channel, at: number): Promise<void> {
    if (this.store.session() === null) return;
    this.store.setConsent(channel, true);
    this.activity.setOptedOut(false, at);
    await this.schedule();
  }

  async indexContact(contact: Contact): Promise<void> {
    const row = this.store.session();
    if (row) await indexContact(this.env.DB, { siteId: row.site_id, sessionId: row.session_id }, contact, Date.now());
  }
}
