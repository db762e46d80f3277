import type { FollowUpLanguage } from "./follow-up-copy.ts";

/** The one message an unverified address gets: a request to confirm, nothing about the cart. */
const copy = {
  en: {
    subject: (store: string) => `Please confirm: cart reminders from ${store}`,
    email: (store: string, url: string) =>
      `Hi,\n\nsomeone (hopefully you) asked ${store} to send cart reminders to this address. To confirm, open:\n${url}\n\nIf it wasn't you, ignore this email: we won't write again.`,
    text: (store: string) => `${store}: reply YES to get reminders about your cart here. Not you? Ignore this message.`,
    ack: "Thanks, confirmed. Reply STOP at any time to opt out.",
  },
  de: {
    subject: (store: string) => `Bitte bestätigen: Warenkorb-Erinnerungen von ${store}`,
    email: (store: string, url: string) =>
      `Hallo,\n\njemand (hoffentlich du) hat ${store} gebeten, Erinnerungen an den Warenkorb an diese Adresse zu schicken. Zum Bestätigen öffne:\n${url}\n\nWarst du das nicht, ignoriere diese E-Mail: wir schreiben dir nicht wieder.`,
    text: (store: string) => `${store}: Antworte JA, um hier Erinnerungen an deinen Warenkorb zu bekommen. Nicht du? Ignoriere diese Nachricht.`,
    ack: "Danke, bestätigt. Antworte jederzeit STOP zum Abmelden.",
  },
} as const;

export function confirmationEmail(store: string, url: string, language: FollowUpLanguage) {
  const t = copy[language];
  const text = t.email(store, url);
  const html = `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#222">${text
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p).replace(escapeHtml(url), `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`)}</p>`)
    .join("")}</body></html>`;
  return { subject: t.subject(store), text, html };
}

export const confirmationText = (store: string, language: FollowUpLanguage) => copy[language].text(store);
export const confirmedAck = (language: FollowUpLanguage) => copy[language].ack;

/** YES / JA (any case, trailing punctuation) confirms a phone number; the whole message only. */
export function isConfirmationReply(text: string): boolean {
  return /^(yes|ja)[.!]*$/i.test(text.trim());
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
