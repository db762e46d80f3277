import type { Contact, SessionEffects } from "../agent/agent-context.ts";
import { noContact, withAddresses } from "../followup/contact-state.ts";
import { nextState } from "./next-state.ts";
import type { SessionStore } from "./session-store.ts";

/** The tools' durable writes, straight into the session's SQLite tables. */
/** `startHandover` notifies the merchant and holds the conversation (the Durable Object's SessionHandover). */
export function createSessionEffects(
  store: SessionStore,
  now: () => number = Date.now,
  onContact?: (contact: Contact) => void,
  startHandover?: (reason: string) => Promise<{ notified: boolean }>,
): SessionEffects {
  return {
    async recordObjection(code) {
      store.recordObjection(code, now());
    },
    async markAddressed(code) {
      store.markAddressed(code);
    },
    async recordOffer(decision) {
      store.recordOffer(decision);
    },
    // An address from the chat: unverified and without consent (a changed address loses both).
    async saveContact(contact) {
      const saved = withAddresses(store.session()?.contact ?? noContact, contact);
      store.saveContact(saved);
      onContact?.(saved);
    },
    async handover(reason) {
      if (startHandover) return startHandover(reason);
      const session = store.session();
      if (session === null) return { notified: false };
      store.setHandover(reason);
      store.setState(nextState(session.state, { kind: "handover" }), now());
      return { notified: false };
    },
  };
}
