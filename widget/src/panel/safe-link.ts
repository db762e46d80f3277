/**
 * Links in replies may only point at the store itself (the page's origin) or at a checkout link
 * the createCheckoutLink tool returned. Anything else renders as plain text.
 */
export function safeHref(href: string, allowedOrigins: ReadonlySet<string>, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return allowedOrigins.has(url.origin) ? url.href : null;
}
