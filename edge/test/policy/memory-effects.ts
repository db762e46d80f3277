import type { Contact, ObjectionRecord, OfferDecision, SessionEffects, SessionSnapshot } from "../../src/agent/agent-context.ts";
import type { Objection } from "../../src/domain/objection.ts";

/** The platform's SessionEffects, in memory: what the Durable Object would persist. */
export function createMemoryEffects() {
  const objections: ObjectionRecord[] = [];
  const offers: OfferDecision[] = [];
  const contacts: Partial<Contact>[] = [];
  const handovers: string[] = [];
  const addressed: Objection[] = [];
  const effects: SessionEffects = {
    async recordObjection(code: Objection) {
      if (!objections.some((r) => r.code === code)) objections.push({ code, at: Date.now(), addressed: false });
    },
    async markAddressed(code: Objection) {
      addressed.push(code);
      const record = objections.find((r) => r.code === code);
      if (record) record.addressed = true;
    },
    async recordOffer(decision) {
      offers.push(decision);
    },
    async saveContact(contact) {
      contacts.push(contact);
    },
    async handover(reason) {
      handovers.push(reason);
      return { notified: false };
    },
  };
  return { effects, objections, offers, contacts, handovers, addressed };
}

export function sessionSnapshot(overrides: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return {
    sessionId: "s-1",
    siteId: "demo",
    cartId: "cart-1",
    visitorId: null,
    group: "agent",
    state: "engaged",
    objections: [],
    offers: [],
    contact: { consent: { email: false, sms: false, whatsapp: false }, verified: { email: false, phone: false } },
    trigger: null,
    page: null,
    customer: null,
    language: null,
    ...overrides,
  };
}
