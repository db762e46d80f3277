import type { SecureHeadersVariables } from "hono/secure-headers";

/** Hono env of the storefront: the per-response CSP nonce from secureHeaders. */
export type WebEnv = { Variables: SecureHeadersVariables };
