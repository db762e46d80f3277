/** HMAC with crypto.subtle (web standard: workerd and Node alike), and the encodings signatures use. */
export type HmacHash = "SHA-1" | "SHA-256";

const encoder = new TextEncoder();

function bytesOf(data: string | ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof data === "string" ? encoder.encode(data) : new Uint8Array(data);
}

function importKey(hash: HmacHash, secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash }, false, [usage]);
}

export async function hmac(hash: HmacHash, secret: string, data: string | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const signature = await crypto.subtle.sign("HMAC", await importKey(hash, secret, "sign"), bytesOf(data));
  return new Uint8Array(signature);
}

/** Constant-time check (subtle.verify) of a signature given as bytes; null (unparseable) fails. */
export async function hmacVerify(
  hash: HmacHash,
  secret: string,
  data: string | ArrayBuffer | Uint8Array,
  signature: Uint8Array | null,
): Promise<boolean> {
  if (signature === null || secret === "") return false;
  return crypto.subtle.verify("HMAC", await importKey(hash, secret, "verify"), new Uint8Array(signature), bytesOf(data));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  return fromBase64(text.replaceAll("-", "+").replaceAll("_", "/"));
}

export function fromHex(text: string): Uint8Array | null {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(text)) return null;
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}
