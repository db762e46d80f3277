import { z } from "zod";

/**
 * The name of a worker secret a site config may point at (never the secret itself). Only names
 * under STORE_TOKEN_ can be named, so an admin cannot route SESSION_SECRET, OPENAI_API_KEY or any
 * other worker secret to a URL of their choosing.
 */
export const SecretName = z.string().regex(/^STORE_TOKEN_[A-Z0-9_]+$/, "a worker secret name starting with STORE_TOKEN_ (A–Z, 0–9, _)");
