import { parseWordPattern } from "./fuzzy-word.ts";
import { indexGeneration, patternId, tokenMatches } from "./word-index.ts";

/**
 * A cue is a short phrase: words separated by spaces, "a|b" alternatives, "ship*" stems,
 * "*kosten" compound endings, and "~" for a gap of up to three arbitrary words
 * ("send ~ back" matches "send the jacket back"). Cues are compiled once into pattern ids of the
 * lexicon's word index; matching a message is then set lookups per token.
 */
type CueStep = { kind: "gap" } | { kind: "word"; ids: number[] };
export type Cue = CueStep[];

const cache = new Map<string, Cue>();

export function parseCue(source: string): Cue {
  const cached = cache.get(source);
  if (cached) return cached;
  const cue: Cue = source
    .trim()
    .split(/\s+/)
    .map((part): CueStep => (part === "~" ? { kind: "gap" } : { kind: "word", ids: part.split("|").map((w) => patternId(parseWordPattern(w))) }));
  cache.set(source, cue);
  return cue;
}

const maxGap = 3;

function matchFrom(matched: ReadonlyArray<ReadonlySet<number>>, cue: Cue, step: number, at: number): boolean {
  const current = cue[step];
  if (!current) return true;
  if (current.kind === "gap") {
    for (let skip = 0; skip <= maxGap && at + skip <= matched.length; skip++) {
      if (matchFrom(matched, cue, step + 1, at + skip)) return true;
    }
    return false;
  }
  const here = matched[at];
  if (here === undefined) return false;
  return current.ids.some((id) => here.has(id)) && matchFrom(matched, cue, step + 1, at + 1);
}

/** Per token, the ids of the lexicon patterns it matches; the same token array is looked up once. */
const perMessage = new WeakMap<readonly string[], { generation: number; matched: ReadonlyArray<ReadonlySet<number>> }>();
function matchesOf(tokens: readonly string[]): ReadonlyArray<ReadonlySet<number>> {
  const known = perMessage.get(tokens);
  if (known && known.generation === indexGeneration()) return known.matched;
  const matched = tokens.map(tokenMatches);
  perMessage.set(tokens, { generation: indexGeneration(), matched });
  return matched;
}

/** Compiles cue lists up front, so the word index is complete before the first message is read. */
export function compileCues(lists: ReadonlyArray<readonly string[]>): void {
  for (const list of lists) for (const source of list) parseCue(source);
}

/** Index of the first token where the cue matches, or -1. */
export function findCue(tokens: readonly string[], source: string): number {
  const cue = parseCue(source);
  const matched = matchesOf(tokens);
  const first = cue.find((step) => step.kind === "word");
  for (let at = 0; at < matched.length; at++) {
    // Most cues fail on their first word: skip the recursion unless it matches here (or a gap leads).
    if (cue[0]?.kind === "word" && first?.kind === "word" && !first.ids.some((id) => matched[at]?.has(id))) continue;
    if (matchFrom(matched, cue, 0, at)) return at;
  }
  return -1;
}

/** Position of the earliest matching cue of a list, or -1. */
export function findAnyCue(tokens: readonly string[], sources: readonly string[]): number {
  let best = -1;
  for (const source of sources) {
    const at = findCue(tokens, source);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}
