/**
 * Text normalisation for intent matching: lower case, German umlauts folded to their two-letter
 * spelling (so "Größe", "Groesse" and "Grosse" end up one typo apart), apostrophes dropped
 * ("doesn't" → "doesnt"), decimal commas kept as points ("42,5" → "42.5").
 */
export function normalizeText(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’`´]/g, "")
    .replace(/(\d),(\d)/g, "$1.$2");
}

/** Words, numbers (with a decimal point) and "%" as separate tokens. */
export function tokenize(normalized: string): string[] {
  return normalized.match(/\d+(?:\.\d+)?|%|[a-z0-9]+/g) ?? [];
}

const clauseBreakWords = new Set(["but", "however", "though", "although", "aber", "jedoch", "sondern", "allerdings"]);

/** Clauses (token lists) split at sentence punctuation, commas and contrastive conjunctions. */
export function splitClauses(normalized: string): string[][] {
  const clauses: string[][] = [];
  for (const chunk of normalized.split(/[.!?;,:\n]+(?!\d)/)) {
    let current: string[] = [];
    for (const token of tokenize(chunk)) {
      if (clauseBreakWords.has(token)) {
        if (current.length > 0) clauses.push(current);
        current = [];
      } else {
        current.push(token);
      }
    }
    if (current.length > 0) clauses.push(current);
  }
  return clauses;
}
