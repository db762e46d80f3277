/** Hex pairs to bytes, or null when the text is not even-length hex. */
function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks `X-Store-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>` over the exact bytes
 * received. crypto.subtle.verify compares in constant time.
 */
export async function verifyStoreSignature(secret: string, rawBody: ArrayBuffer, header: string | undefined): Promise<boolean> {
  const match = /^sha256=([0-9a-fA-F]+)$/.exec(header?.trim() ?? "");
  const signature = match?.[1] === undefined ? null : fromHex(match[1]);
  if (signature === null) return false;
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  return crypto.subtle.verify("HMAC", key, signature, rawBody);
}

/** The header value a store sends for `body`; used by the simulator and tests. */
export async function signStoreBody(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body)));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
