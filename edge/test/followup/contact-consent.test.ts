import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/agent/agent-context.ts";
import { confirmAddress, contactView, noContact, pendingKinds, withAddresses } from "../../src/followup/contact-state.ts";
import { followUpRecipient } from "../../src/followup/follow-up-recipient.ts";
import { ContactRecord } from "../../src/session/session-records.ts";

const noStoreConsent = { consent: { email: false, sms: false, whatsapp: false } };
const consented = (contact: Contact, patch: Partial<Contact["consent"]>): Contact => ({ ...contact, consent: { ...contact.consent, ...patch } });

describe("contact: explicit consent, verified addresses", () => {
  it("stores an address from the chat unverified and without consent (what session effects' saveContact writes)", () => {
    // The only write the tool can make: an address. There is no consent field to pass.
    const saved = withAddresses(noContact, { email: "john.roe@example.com" });
    expect(saved).toEqual({ email: "john.roe@example.com", consent: { email: false, sms: false, whatsapp: false }, verified: { email: false, phone: false } });
    expect(followUpRecipient(saved, noStoreConsent)).toMatchObject({ email: null, consent: { email: false } });
  });

  it("resets verification and consent when an address changes, keeps them when it is the same one", () => {
    const verified = { ...consented(withAddresses(noContact, { email: "ada@example.com", phone: "+4915112345678" }), { email: true, sms: true }), verified: { email: true, phone: true } };
    expect(withAddresses(verified, { email: "ADA@example.com ", phone: "+49 151 1234 5678" })).toEqual(verified);
    const changed = withAddresses(verified, { email: "eve@example.com" });
    expect(changed).toMatchObject({ email: "eve@example.com", verified: { email: false, phone: true }, consent: { email: false, sms: true } });
  });

  it("keeps consent for an unverified address pending, and confirms only the address on file", () => {
    const contact = consented(withAddresses(noContact, { email: "ada@example.com", phone: "+4915112345678" }), { email: true, whatsapp: true });
    expect(pendingKinds(contact)).toEqual(["email", "phone"]);
    expect(followUpRecipient(contact, noStoreConsent)).toEqual({ email: null, phone: null, country: null, consent: { email: false, sms: false, whatsapp: false } });
    expect(confirmAddress(contact, "email", "eve@example.com")).toBeNull();
    const confirmed = confirmAddress(contact, "email", "Ada@Example.com");
    expect(confirmed?.verified).toEqual({ email: true, phone: false });
    expect(confirmed && followUpRecipient(confirmed, noStoreConsent)).toMatchObject({ email: "ada@example.com", phone: null, consent: { email: true, sms: false, whatsapp: false } });
    expect(confirmed && contactView(confirmed)).toEqual({ email: { address: "ada@example.com", verified: true }, phone: { address: "+4915112345678", verified: false } });
  });

  it("counts the store's own checkout consent as verified, and a verified address without consent as nothing", () => {
    const customer = { email: "buyer@example.com", phone: "+4915100000000", country: "DE", consent: { email: true, sms: false, whatsapp: true } };
    expect(followUpRecipient(noContact, customer)).toEqual({ email: "buyer@example.com", phone: "+4915100000000", country: "DE", consent: { email: true, sms: false, whatsapp: true } });
    const verifiedNoConsent: Contact = { ...withAddresses(noContact, { email: "ada@example.com" }), verified: { email: true, phone: false } };
    expect(followUpRecipient(verifiedNoConsent, noStoreConsent).email).toBeNull();
  });

  it("reads contact rows stored before verification existed as unverified", () => {
    const old = ContactRecord.parse({ email: "ada@example.com", consent: { email: true, sms: false, whatsapp: false } });
    expect(old.verified).toEqual({ email: false, phone: false });
    expect(followUpRecipient(old, noStoreConsent).email).toBeNull();
  });
});
