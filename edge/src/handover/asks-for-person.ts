/**
 * Phrases that mean "let me talk to a person" in the languages the built-in model speaks
 * (English, German). Checked by the platform before any model runs, so it works with every model.
 */
export const builtInPersonPhrases = [
  "human", "real person", "a person", "someone real", "live agent", "agent", "customer service",
  "mensch", "menschen", "echte person", "echten person", "mitarbeiter", "mitarbeiterin", "kundenservice", "kundendienst",
] as const;

const normalise = (text: string) => text.normalize("NFC").toLocaleLowerCase("de").replace(/\s+/g, " ");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether the shopper's message asks for a person: one of the site's `escalation.keywords` or a
 * built-in phrase appears as whole words (so "agent" matches "an agent please", not "agentur").
 */
export function asksForPerson(text: string, siteKeywords: readonly string[]): boolean {
  const message = normalise(text);
  const phrases = [...siteKeywords, ...builtInPersonPhrases].map(normalise).filter((p) => p.trim() !== "");
  return phrases.some((phrase) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase.trim())}($|[^\\p{L}\\p{N}])`, "u").test(message));
}
