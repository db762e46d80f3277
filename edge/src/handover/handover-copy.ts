/** What the shopper is told at each step of a handover; each sentence promises only what the code does. */
const copy = {
  en: {
    notified: (store: string) => `I've asked the team at ${store}; someone will reply in this chat. If you close it, the answer waits here for you, or comes by email if you've confirmed your address.`,
    unavailable: (store: string) => `Sorry, nobody from ${store} is available right now. If you leave your email address, the team can answer you there.`,
    timedOut: (store: string) => `Sorry, nobody from ${store} has answered yet, so I'm back to help. If you'd rather have the team reply by email, leave your email address.`,
    handedBack: (store: string) => `The team at ${store} handed the conversation back to me. How can I help?`,
  },
  de: {
    notified: (store: string) => `Ich habe das Team von ${store} gefragt; jemand antwortet in diesem Chat. Wenn Sie ihn schließen, wartet die Antwort hier auf Sie oder kommt per E-Mail, wenn Sie Ihre Adresse bestätigt haben.`,
    unavailable: (store: string) => `Leider ist gerade niemand von ${store} erreichbar. Wenn Sie Ihre E-Mail-Adresse hinterlassen, kann das Team Ihnen dort antworten.`,
    timedOut: (store: string) => `Leider hat noch niemand von ${store} geantwortet, deshalb helfe ich wieder weiter. Wenn das Team per E-Mail antworten soll, hinterlassen Sie Ihre E-Mail-Adresse.`,
    handedBack: (store: string) => `Das Team von ${store} hat das Gespräch an mich zurückgegeben. Wie kann ich helfen?`,
  },
} as const;

export type HandoverCopyKey = keyof (typeof copy)["en"];

export function handoverCopy(key: HandoverCopyKey, language: "en" | "de" | null, store: string): string {
  return copy[language ?? "en"][key](store);
}

const bylines = { en: (name: string, store: string) => `${name} from ${store}`, de: (name: string, store: string) => `${name} von ${store}` } as const;

/** Who wrote a person's reply, as the shopper's panel labels it. */
export function teamByline(name: string, language: "en" | "de" | null, store: string): string {
  return bylines[language ?? "en"](name, store);
}
