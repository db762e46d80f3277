/** Base64 text to bytes, or null when it is not base64. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function hmacKey(secret: string, usage: "sign" | "verify") {
  return crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

/**
 * Checks a base64 HMAC-SHA256 of the exact raw body, as Shopify (X-Shopify-Hmac-Sha256) and
 * WooCommerce (X-WC-Webhook-Signature) send it. crypto.subtle.verify compares in constant time.
 */
export async function verifyBase64Hmac(secret: string, rawBody: ArrayBuffer, header: string | undefined): Promise<boolean> {
  const signature = fromBase64(header?.trim() ?? "");
  if (signature === null || signature.length !== 32) return false;
  return crypto.subtle.verify("HMAC", await hmacKey(secret, "verify"), signature, rawBody);
}

/** The header value a platform sends for `body` (emulators and tests). */
export async function signBase64Hmac(secret: string, body: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret, "sign"), new TextEncoder().encode(body)));
  return btoa(String.fromCharCode(...mac));
}
