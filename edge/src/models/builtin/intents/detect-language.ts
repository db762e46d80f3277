import type { Language } from "../cart-saver-options.ts";

const german = new Set([
  "ich", "ist", "das", "nicht", "und", "der", "die", "wie", "was", "wann", "kann", "nach", "mit", "fuer", "es", "ein", "eine",
  "gibt", "haben", "habt", "bitte", "danke", "hallo", "versand", "lieferung", "groesse", "lieber", "kostet", "wo", "ja",
  "nein", "mein", "meine", "mir", "sie", "ihr", "auch", "noch", "schon", "zu", "bei", "auf", "oder", "aber", "wenn", "dass",
  "kommt", "passt", "gibts", "moin", "servus", "rabatt", "rueckgabe", "versandkosten", "lieferzeit", "bin", "sind", "wird",
  "kein", "keine", "einen", "dem", "den", "des", "vom", "zum", "zur", "ueber", "warum", "welche", "welcher", "dauert",
  "geht", "gibt", "muss", "soll", "moechte", "wuerde", "gerne", "einem", "sprechen", "reden", "echten", "ob", "waere", "heute",
  "morgen", "bestellen", "nummer", "groesser", "kleiner", "zurueck", "nehme", "brauche", "habe", "euch", "ihnen", "bezahlen", "zahlen",
]);
const english = new Set([
  "the", "is", "it", "do", "you", "what", "how", "when", "can", "i", "my", "to", "this", "will", "shipping", "size", "please",
  "thanks", "hi", "hello", "does", "have", "are", "there", "if", "of", "and", "or", "with", "for", "get", "would", "much",
  "long", "return", "returns", "yes", "no", "ok", "me", "your", "they", "be", "an", "a", "that", "not", "dont",
  "cant", "im", "its", "which", "where", "why", "discount", "off", "deliver", "delivery", "arrive", "fit", "stock",
]);

/** "en" or "de" from function words; null when the text gives no evidence (e.g. "M?"). */
export function detectLanguage(tokens: string[], raw: string): Language | null {
  let de = /[äöüß]/i.test(raw) ? 2 : 0;
  let en = 0;
  for (const token of tokens) {
    if (german.has(token)) de += 1;
    if (english.has(token)) en += 1;
  }
  if (de === en) return null;
  return de > en ? "de" : "en";
}
