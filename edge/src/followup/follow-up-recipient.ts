import type { Contact } from "../agent/agent-context.ts";
import type { Channel } from "../domain/session-state.ts";
import type { CartCustomer } from "../store/store-schemas.ts";

export interface FollowUpRecipient {
  email: string | null;
  phone: string | null;
  country: string | null;
  /** Per channel: a usable address with consent behind it. */
  consent: Record<Channel, boolean>;
}

/**
 * Where follow-ups may go: an address the shopper confirmed and consented to on this session, or
 * the store's own checkout consent (the store's customer address with its consent flags, which
 * count as verified). Unconfirmed addresses never appear here, whatever `requireConsent` says.
 */
export function followUpRecipient(contact: Contact, customer: CartCustomer): FollowUpRecipient {
  const sessionEmail = contact.email !== undefined && contact.verified.email && contact.consent.email;
  const email = sessionEmail ? (contact.email ?? null) : customer.consent.email ? (customer.email ?? null) : null;
  const sessionPhone = contact.phone !== undefined && contact.verified.phone && (contact.consent.sms || contact.consent.whatsapp);
  const storePhone = Boolean(customer.phone) && (customer.consent.sms || customer.consent.whatsapp);
  const phone = sessionPhone ? (contact.phone ?? null) : storePhone ? (customer.phone ?? null) : null;
  const phoneConsent = sessionPhone ? contact.consent : customer.consent;
  return {
    email,
    phone,
    country: customer.country ?? null,
    consent: { email: email !== null, sms: phone !== null && phoneConsent.sms, whatsapp: phone !== null && phoneConsent.whatsapp },
  };
}
