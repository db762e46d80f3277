import type { Contact } from "../agent/agent-context.ts";
import type { Channel } from "../domain/session-state.ts";
import { contactKey } from "../session/contact-index.ts";

/** An address the shopper owns: email, or a phone number shared by SMS and WhatsApp. */
export type AddressKind = "email" | "phone";

export const kindOf = (channel: Channel): AddressKind => (channel === "email" ? "email" : "phone");
const channelsOf = (kind: AddressKind): Channel[] => (kind === "email" ? ["email"] : ["sms", "whatsapp"]);

export const noContact: Contact = { consent: { email: false, sms: false, whatsapp: false }, verified: { email: false, phone: false } };

/** Whether two addresses are the same mailbox or number (case, spaces and `+` aside). */
export function sameAddress(kind: AddressKind, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const channel = kind === "email" ? "email" : "sms";
  const key = contactKey(channel, a);
  return key !== null && key === contactKey(channel, b);
}

/**
 * New addresses typed by the shopper (chat or page). A changed address is unverified and has no
 * consent: consent and confirmation were given for the old one.
 */
export function withAddresses(contact: Contact, update: { email?: string; phone?: string }): Contact {
  let next: Contact = { ...contact, consent: { ...contact.consent }, verified: { ...contact.verified } };
  for (const kind of ["email", "phone"] as const) {
    const address = update[kind];
    if (address === undefined || sameAddress(kind, address, contact[kind])) continue;
    next = { ...next, [kind]: address, verified: { ...next.verified, [kind]: false } };
    for (const channel of channelsOf(kind)) next.consent[channel] = false;
  }
  return next;
}

/** Consent given for a channel whose address is not confirmed yet: it waits for the confirmation. */
export function pendingKinds(contact: Contact): AddressKind[] {
  const pending = (kind: AddressKind) => contact[kind] !== undefined && !contact.verified[kind] && channelsOf(kind).some((c) => contact.consent[c]);
  return (["email", "phone"] as const).filter(pending);
}

/** The shopper confirmed `address`; null when the session's address has changed since. */
export function confirmAddress(contact: Contact, kind: AddressKind, address: string): Contact | null {
  if (!sameAddress(kind, contact[kind], address)) return null;
  return { ...contact, verified: { ...contact.verified, [kind]: true } };
}

/** What `POST /v1/contact` answers about the addresses. */
export function contactView(contact: Contact) {
  return {
    ...(contact.email !== undefined ? { email: { address: contact.email, verified: contact.verified.email } } : {}),
    ...(contact.phone !== undefined ? { phone: { address: contact.phone, verified: contact.verified.phone } } : {}),
  };
}
