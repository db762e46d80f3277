import type { PolicyFacts } from "./store-config.ts";
import type { Policies } from "./store-schemas.ts";

export interface PlatformPolicyText {
  refund: string | null;
  shipping: string | null;
  contact: string | null;
  /** Payment methods the platform itself reports. */
  payments: { id: string; name: string; bnpl: boolean }[];
}

/**
 * Policies from a platform with text-only policies: the platform's text and payment methods
 * first, then the facts the merchant declared in the site config. Nothing else is stated.
 */
export function textPolicies(platform: PlatformPolicyText, facts: PolicyFacts): Policies {
  const declared = (facts.paymentMethods ?? []).filter((m) => !platform.payments.some((p) => p.name.toLowerCase() === m.name.toLowerCase()));
  const declaredReturns = facts.returnWindowDays !== undefined || facts.freeReturns !== undefined;
  return {
    returns: {
      ...(facts.returnWindowDays !== undefined ? { days: facts.returnWindowDays } : {}),
      ...(facts.freeReturns !== undefined ? { free: facts.freeReturns } : {}),
      conditions: platform.refund,
      ...(platform.refund ? { text: platform.refund } : {}),
      ...(declaredReturns ? { source: "merchant" as const } : {}),
    },
    exchanges: null,
    shipping: {
      text: platform.shipping,
      ...(facts.freeShippingOver !== undefined ? { freeShippingOver: facts.freeShippingOver, source: "merchant" } : {}),
    },
    payments: [
      ...platform.payments,
      ...declared.map((m) => ({ id: m.name.toLowerCase().replace(/[^a-z0-9]+/g, "_"), name: m.name, bnpl: m.bnpl, source: "merchant" })),
    ],
    guestCheckout: null,
    security: null,
    support: { ...(facts.supportEmail ? { email: facts.supportEmail } : {}), ...(platform.contact ? { text: platform.contact } : {}) },
  };
}
