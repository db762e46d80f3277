import { parseWordPattern, wordMatches, type WordPattern } from "./fuzzy-word.ts";

/**
 * A cue is a short phrase: words separated by spaces, "a|b" alternatives, "ship*" stems,
 * "*kosten" compound endings, and "~" for a gap of up to three arbitrary words
 * ("send ~ back" matches "send the jacket back").
 */
type CueStep = { kind: "gap" } | { kind: "word"; alternatives: WordPattern[] };
export type Cue = CueStep[];

const cache = new Map<string, Cue>();

export function parseCue(source: string): Cue {
  const cached = cache.get(source);
  if (cached) return cached;
  const cue: Cue = source
    .trim()
    .split(/\s+/)
    .map((part): CueStep => (part === "~" ? { kind: "gap" } : { kind: "word", alternatives: part.split("|").map(parseWordPattern) }));
  cache.set(source, cue);
  return cue;
}

const maxGap = 3;

function matchFrom(tokens: string[], cue: Cue, step: number, at: number): boolean {
  const current = cue[step];
  if (!current) return true;
  if (current.kind === "gap") {
    for (let skip = 0; skip <= maxGap && at + skip <= tokens.length; skip++) {
      if (matchFrom(tokens, cue, step + 1, at + skip)) return true;
    }
    return false;
  }
  const token = tokens[at];
  if (token === undefined) return false;
  return current.alternatives.some((pattern) => wordMatches(token, pattern)) && matchFrom(tokens, cue, step + 1, at + 1);
}

/** Index of the first token where the cue matches, or -1. */
export function findCue(tokens: string[], source: string): number {
  const cue = parseCue(source);
  for (let at = 0; at < tokens.length; at++) {
    if (matchFrom(tokens, cue, 0, at)) return at;
  }
  return -1;
}

/** Position of the earliest matching cue of a list, or -1. */
export function findAnyCue(tokens: string[], sources: readonly string[]): number {
  let best = -1;
  for (const source of sources) {
    const at = findCue(tokens, source);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}
