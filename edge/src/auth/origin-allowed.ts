/** Whether a request's Origin header is one of the allowed origins (compared as URL origins). */
export function originAllowed(allowed: readonly string[], origin: string | undefined): boolean {
  if (!origin) return false;
  const normalized = normalizeOrigin(origin);
  return normalized !== null && allowed.some((entry) => normalizeOrigin(entry) === normalized);
}

function normalizeOrigin(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
