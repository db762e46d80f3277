/** Idle on cart or checkout pages: no pointer, key, scroll or touch activity for `idleSeconds`. */
export function pageMatches(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => {
    const base = p.endsWith("/") && p.length > 1 ? p.slice(0, -1) : p;
    return path === base || path.startsWith(base.endsWith("/") ? base : `${base}/`);
  });
}

export interface IdleInput {
  path: string;
  pages: readonly string[];
  idleSeconds: number;
  lastActivity: number;
  now: number;
}

/** Milliseconds until idle is due on this page (0 = due now), or null when idle does not count here. */
export function idleDueIn(i: IdleInput): number | null {
  if (!pageMatches(i.path, i.pages)) return null;
  return Math.max(0, i.lastActivity + i.idleSeconds * 1000 - i.now);
}
