/** Fixed phrases of follow-up messages, per language. Facts come from the store, never from here. */
export const followUpCopy = {
  en: {
    subject: (item: string) => `Your ${item} is still in your cart`,
    greeting: "Hi there,",
    intro: (store: string) => `you left a few things in your cart at ${store}. We kept it just as it was.`,
    itemsHeading: "Your cart",
    quantity: "Qty",
    total: "Total",
    cta: "Return to checkout",
    linkIntro: "Pick up where you left off:",
    questions: "Questions? Just reply to this message and we'll answer.",
    optOutEmail: "Don't want these emails? Reply STOP and we won't write again.",
    optOutText: "Reply STOP to opt out.",
    unsubscribe: "Unsubscribe",
    smsLead: (store: string, item: string) => `${store}: your ${item} is still in your cart.`,
    finish: "Finish here:",
  },
  de: {
    subject: (item: string) => `${item} liegt noch in deinem Warenkorb`,
    greeting: "Hallo,",
    intro: (store: string) => `in deinem Warenkorb bei ${store} liegen noch Artikel. Wir haben ihn so aufgehoben, wie er war.`,
    itemsHeading: "Dein Warenkorb",
    quantity: "Menge",
    total: "Summe",
    cta: "Zur Kasse",
    linkIntro: "Mach dort weiter, wo du aufgehört hast:",
    questions: "Fragen? Antworte einfach auf diese Nachricht.",
    optOutEmail: "Keine E-Mails mehr? Antworte mit STOP und wir schreiben dir nicht wieder.",
    optOutText: "Antworte STOP zum Abmelden.",
    unsubscribe: "Abmelden",
    smsLead: (store: string, item: string) => `${store}: ${item} liegt noch in deinem Warenkorb.`,
    finish: "Weiter zur Kasse:",
  },
} as const;

export type FollowUpLanguage = keyof typeof followUpCopy;
