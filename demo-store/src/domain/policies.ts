import { z } from "zod";

export const PaymentMethod = z.enum(["card", "paypal", "apple_pay", "google_pay", "klarna"]);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const payments: { id: PaymentMethod; name: string; bnpl: boolean; note: string }[] = [
  { id: "card", name: "Credit or debit card (Visa, Mastercard, Amex)", bnpl: false, note: "3-D Secure verified" },
  { id: "paypal", name: "PayPal", bnpl: false, note: "Pay with your PayPal balance or linked account" },
  { id: "apple_pay", name: "Apple Pay", bnpl: false, note: "On Safari and iOS devices" },
  { id: "google_pay", name: "Google Pay", bnpl: false, note: "On Chrome and Android devices" },
  { id: "klarna", name: "Klarna — pay in 30 days or in 3 instalments", bnpl: true, note: "Interest-free, subject to approval" },
];

/** The store's policies, as GET /api/policies returns them and the pages quote them. */
export const policies = {
  returns: {
    days: 30,
    free: true,
    conditions:
      "Return unworn, unwashed items with tags attached within 30 days of delivery for a full refund. Free return label in every parcel (DE, FR); prepaid label by email elsewhere. Refunds within 5 working days of arrival.",
  },
  exchanges: {
    free: true,
    description: "Free size or colour exchanges within 30 days; we ship the replacement as soon as the return is scanned.",
  },
  shipping: {
    shipsFrom: "Berlin, Germany",
    dispatch: "Orders placed before 14:00 CET on working days leave the same day.",
    countries: ["DE", "FR", "GB", "US", "AU"],
    freeShipping: "Free standard shipping in Germany over €60, France over €90, the UK over €150.",
    duties: "Outside the EU import duties and taxes may be charged on delivery.",
  },
  payments,
  guestCheckout: {
    allowed: true,
    description: "No account needed: check out as a guest; you can create an account after ordering.",
  },
  security: {
    pciDss: true,
    threeDSecure: true,
    description: "Card payments are processed by a PCI DSS Level 1 provider with 3-D Secure; we never store card numbers. TLS everywhere.",
  },
  support: { email: "help@demo-store.example", phone: "+49 30 1234567", hours: "Mon–Fri 9:00–18:00 CET" },
} as const;
