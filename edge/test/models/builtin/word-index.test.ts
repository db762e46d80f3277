import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectIntents } from "../../../src/models/builtin/intents/detect-intents.ts";
import { wordMatches } from "../../../src/models/builtin/intents/fuzzy-word.ts";
import { normalizeText, tokenize } from "../../../src/models/builtin/intents/normalize-text.ts";
import { indexedPatterns, patternId, tokenMatches } from "../../../src/models/builtin/intents/word-index.ts";
import { germanCases } from "./intent-cases-de.ts";
import { englishCases } from "./intent-cases-en.ts";

/** The compiled index must find exactly what trying every pattern with wordMatches finds. */
function bruteForce(token: string): number[] {
  return indexedPatterns().flatMap((pattern) => (wordMatches(token, pattern) ? [patternId(pattern)] : []));
}

describe("lexicon word index", () => {
  // Index the whole lexicon the way a turn does.
  const texts = [...englishCases, ...germanCases].map(([text]) => text);
  for (const text of texts) detectIntents(text);
  const words = [...new Set(texts.flatMap((text) => tokenize(normalizeText(text))))];

  it("indexes the lexicon", () => {
    expect(indexedPatterns().length).toBeGreaterThan(300);
  });

  it("matches every word of the intent cases like plain matching", () => {
    for (const word of words) expect([...tokenMatches(word)].sort((a, b) => a - b), word).toEqual(bruteForce(word));
  });

  it("matches typos of lexicon words like plain matching", () => {
    const vocabulary = indexedPatterns().map((p) => p.word).filter((w) => w.length >= 3);
    const typo = fc.tuple(fc.constantFrom(...vocabulary), fc.nat(), fc.constantFrom("drop", "swap", "insert", "replace"), fc.constantFrom(..."abcdeilnorstuz")).map(([w, n, kind, ch]) => {
      const i = n % w.length;
      if (kind === "drop") return w.slice(0, i) + w.slice(i + 1);
      if (kind === "swap" && i + 1 < w.length) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      if (kind === "insert") return w.slice(0, i) + ch + w.slice(i);
      return w.slice(0, i) + ch + w.slice(i + 1);
    });
    fc.assert(
      fc.property(fc.oneof(typo, fc.string({ unit: fc.constantFrom(..."abcdefghiklmnoprstuvwz"), minLength: 1, maxLength: 14 })), (word) => {
        expect([...tokenMatches(word)].sort((a, b) => a - b)).toEqual(bruteForce(word));
      }),
      { numRuns: 3000 },
    );
  });
});
