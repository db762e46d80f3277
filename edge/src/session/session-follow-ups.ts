import type { Contact } from "../agent/agent-context.ts";
import { channelSenders } from "../channels/channel-senders.ts";
import { setSuppressed } from "../channels/outbound-log.ts";
import type { Channel } from "../domain/session-state.ts";
import { confirmAddress, contactView, kindOf, pendingKinds, withAddresses, type AddressKind } from "../followup/contact-state.ts";
import { sendConfirmation, type ConfirmationStatus } from "../followup/send-confirmation.ts";
import type { LedgerEntry, SendLedger } from "../followup/send-ledger.ts";
import { sqlSendLedger } from "../followup/sql-send-ledger.ts";
import type { Bindings } from "../http/bindings.ts";
import { ActivityStore } from "./activity-store.ts";
import { loadSite, runFollowUpAlarm } from "./follow-up-alarm.ts";
import { scheduleFollowUps, setOrDeleteAlarm } from "./follow-up-schedule.ts";
import type { SessionEvent } from "./next-state.ts";
import type { SessionStore } from "./session-store.ts";
import { syncStoreCustomer } from "./store-customer-sync.ts";

/** Follow-ups in the session view: when the alarm fires next and what each step became. */
export interface FollowUpStatus {
  nextAt: string | null;
  steps: LedgerEntry[];
}

/** What the page sends (POST /v1/contact): addresses and the consent the shopper ticked. */
export interface ContactPatch {
  email?: string | undefined;
  phone?: string | undefined;
  consent: Partial<Record<Channel, boolean | undefined>>;
}

export interface SavedContact {
  consent: Contact["consent"];
  contact: ReturnType<typeof contactView>;
  /** Per address waiting for confirmation: what happened to its confirmation message. */
  confirmation: Partial<Record<AddressKind, ConfirmationStatus>>;
}

const channelsOfKind = (kind: AddressKind): Channel[] => (kind === "email" ? ["email"] : ["sms", "whatsapp"]);

/** The Session Durable Object's follow-up side: activity, alarm, consent, confirmation and the send ledger. */
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

  /**
   * Addresses and consent from an explicit shopper action. Consent for an unverified address
   * waits: that address gets one confirmation message and nothing else until it is confirmed.
   * Withdrawals reach the store at once; consent reaches it only once confirmed.
   */
  async saveContact(patch: ContactPatch): Promise<SavedContact | null> {
    const row = this.store.session();
    if (row === null) return null;
    const addressed = withAddresses(row.contact, { ...(patch.email ? { email: patch.email } : {}), ...(patch.phone ? { phone: patch.phone } : {}) });
    const given = Object.fromEntries(Object.entries(patch.consent).filter((entry): entry is [Channel, boolean] => typeof entry[1] === "boolean"));
    const contact: Contact = { ...addressed, consent: { ...addressed.consent, ...given } };
    this.store.saveContact(contact);
    const withdrawn = Object.fromEntries(Object.entries(given).filter(([, value]) => !value));
    if (Object.keys(withdrawn).length > 0) await syncStoreCustomer(this.env, row, { consent: withdrawn });
    const confirmation: SavedContact["confirmation"] = {};
    const pending = pendingKinds(contact);
    if (pending.length > 0) {
      const loaded = await loadSite(this.env, row.site_id);
      const language = row.language ?? (loaded?.site.brand.language === "de" ? "de" : "en");
      for (const kind of pending) {
        confirmation[kind] = await sendConfirmation(kind, {
          siteId: row.site_id,
          sessionId: row.session_id,
          storeName: loaded?.site.name ?? "",
          language,
          contact,
          senders: channelSenders(this.env, loaded?.config.PUBLIC_URL, this.env.DB),
          db: this.env.DB,
          publicUrl: loaded?.config.PUBLIC_URL,
          secret: loaded?.config.SESSION_SECRET ?? "",
          now: Date.now(),
        });
      }
    }
    await this.schedule();
    return { consent: contact.consent, contact: contactView(contact), confirmation };
  }

  /**
   * The shopper confirmed an address (email link, SMS/WhatsApp YES). "address_changed" when the
   * session holds another address by now. A confirmed address with consent is written to the
   * store too, and lifts an earlier unsubscribe of it from this site.
   */
  async confirm(kind: AddressKind, address: string): Promise<"done" | "address_changed" | "unknown_session"> {
    const row = this.store.session();
    if (row === null) return "unknown_session";
    const contact = confirmAddress(row.contact, kind, address);
    if (contact === null) return "address_changed";
    this.store.saveContact(contact);
    const consented = channelsOfKind(kind).filter((channel) => contact.consent[channel]);
    if (consented.length > 0) {
      await setSuppressed(this.env.DB, row.site_id, consented[0] ?? "email", address, false, Date.now());
      this.activity.setOptedOut(false, Date.now());
      await syncStoreCustomer(this.env, row, { [kind]: address, consent: Object.fromEntries(consented.map((channel) => [channel, true])) });
    }
    await this.schedule();
    return "done";
  }

  /** STOP on any channel or the unsubscribe link: that channel's consent is withdrawn (here and at the store), every pending step cancelled. */
  async optOut(channel: Channel, at: number): Promise<void> {
    const row = this.store.session();
    if (row === null) return;
    this.store.setConsent(channel, false);
    this.activity.setOptedOut(true, at);
    await syncStoreCustomer(this.env, row, { consent: { [channel]: false } });
    await this.storage.deleteAlarm();
  }

  /** START: the shopper opted back in on this channel (from the address the session sent to). */
  async optIn(channel: Channel, at: number): Promise<void> {
    if (this.store.session() === null) return;
    this.store.setConsent(channel, true);
    this.activity.setOptedOut(false, at);
    await this.schedule();
  }

  /** Whether this session waits for a YES from this number (a pending phone confirmation). */
  awaitsConfirmation(channel: Channel, address: string): boolean {
    const contact = this.store.session()?.contact;
    if (!contact) return false;
    const kind = kindOf(channel);
    return pendingKinds(contact).includes(kind) && confirmAddress(contact, kind, address) !== null;
  }
}
