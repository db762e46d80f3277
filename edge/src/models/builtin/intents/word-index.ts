import { wordMatches, type WordPattern } from "./fuzzy-word.ts";

/**
 * Every keyword pattern of the lexicon, indexed once, so a token finds the patterns it matches by
 * lookups (exact words, stems, endings, and the deletion neighbourhoods of the typo-tolerant ones)
 * and edit distance runs only on those candidates. A token's matches are remembered, so each
 * distinct word of a conversation is looked up once per isolate.
 */

const patterns: WordPattern[] = [];
const idOf = new Map<string, number>();
const exact = new Map<string, number[]>();
const prefix = new Map<string, number[]>();
const suffix = new Map<string, number[]>();
const contains: number[] = [];
/** Words within the allowed typos share a string reachable by as many deletions from each side. */
const fuzzyExact = new Map<string, number[]>();
const fuzzyPrefix = new Map<string, number[]>();
const fuzzySuffix = new Map<string, number[]>();
const suffixLengths = new Set<number>();
const memo = new Map<string, ReadonlySet<number>>();
let generation = 0;

/** Changes whenever a new pattern is indexed: matches remembered before then are stale. */
export function indexGeneration(): number {
  return generation;
}
const maxMemo = 20_000;

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(id)) list.push(id);
  } else map.set(key, [id]);
}

/** The word and every string `depth` or fewer deletions away from it. */
function deletions(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** The pattern's id; a pattern seen for the first time is indexed (and the remembered matches dropped). */
export function patternId(pattern: WordPattern): number {
  const key = `${pattern.kind}:${pattern.typos}:${pattern.word}`;
  const known = idOf.get(key);
  if (known !== undefined) return known;
  const id = patterns.length;
  patterns.push(pattern);
  idOf.set(key, id);
  memo.clear();
  generation += 1;
  const { word, typos } = pattern;
  if (pattern.kind === "exact") {
    push(exact, word, id);
    if (typos > 0) for (const d of deletions(word, typos)) push(fuzzyExact, d, id);
  } else if (pattern.kind === "prefix") {
    push(prefix, word, id);
    if (typos > 0) for (const d of deletions(word, 1)) push(fuzzyPrefix, d, id);
  } else if (pattern.kind === "suffix") {
    push(suffix, word, id);
    suffixLengths.add(word.length);
    if (typos > 0) for (const d of deletions(word, 1)) push(fuzzySuffix, d, id);
  } else contains.push(id);
  return id;
}

function candidates(token: string): Set<number> {
  const found = new Set<number>();
  const add = (ids: number[] | undefined) => {
    for (const id of ids ?? []) found.add(id);
  };
  add(exact.get(token));
  for (const d of deletions(token, 2)) add(fuzzyExact.get(d));
  for (let cut = 1; cut <= token.length; cut++) {
    const head = token.slice(0, cut);
    add(prefix.get(head));
    for (const d of deletions(head, 1)) add(fuzzyPrefix.get(d));
    const tail = token.slice(-cut);
    add(suffix.get(tail));
  }
  for (const length of suffixLengths) {
    if (token.length > length) for (const d of deletions(token.slice(-length), 1)) add(fuzzySuffix.get(d));
  }
  for (const id of contains) found.add(id);
  return found;
}

/** Ids of every pattern the token matches (same answer as trying wordMatches on each pattern). */
export function tokenMatches(token: string): ReadonlySet<number> {
  const remembered = memo.get(token);
  if (remembered) return remembered;
  const matched = new Set<number>();
  for (const id of candidates(token)) {
    const pattern = patterns[id];
    if (pattern && wordMatches(token, pattern)) matched.add(id);
  }
  if (memo.size >= maxMemo) memo.clear();
  memo.set(token, matched);
  return matched;
}

/** For tests: every indexed pattern, to check the index against plain matching. */
export function indexedPatterns(): readonly WordPattern[] {
  return patterns;
}
