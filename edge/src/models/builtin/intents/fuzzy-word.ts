/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), capped early. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Typos allowed for a keyword of this length: none for short words, where a typo is another word. */
export function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

export type WordPattern = { kind: "exact" | "prefix" | "suffix" | "contains"; word: string; typos: number };

/** "ship*" prefix, "*kosten" suffix, "*versand*" contains, a leading "=" allows no typos, anything else a whole word. */
export function parseWordPattern(input: string): WordPattern {
  const strict = input.startsWith("=");
  const source = strict ? input.slice(1) : input;
  const starts = source.startsWith("*");
  const ends = source.endsWith("*");
  const word = source.replace(/^\*|\*$/g, "");
  const typos = strict ? 0 : allowedTypos(word.length);
  if (starts && ends) return { kind: "contains", word, typos };
  if (starts) return { kind: "suffix", word, typos };
  if (ends) return { kind: "prefix", word, typos };
  return { kind: "exact", word, typos };
}

export function wordMatches(token: string, pattern: WordPattern): boolean {
  const { word, typos } = pattern;
  switch (pattern.kind) {
    case "exact":
      return token === word || (typos > 0 && editDistance(token, word, typos) <= typos);
    case "prefix": {
      if (token.startsWith(word)) return true;
      if (typos === 0 || token.length < word.length - 1) return false;
      // A typo inside the stem: compare the stem with the token's beginning of about the same length.
      for (const cut of [word.length - 1, word.length, word.length + 1]) {
        if (editDistance(token.slice(0, cut), word, 1) <= 1) return true;
      }
      return false;
    }
    case "suffix":
      return token.endsWith(word) || (typos > 0 && token.length > word.length && editDistance(token.slice(-word.length), word, 1) <= 1);
    case "contains":
      return token.includes(word);
  }
}
