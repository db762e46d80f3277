import { z } from "zod";

/** The worker's vars and secrets (wrangler.toml [vars], `wrangler secret`), parsed once per env object (config/parsed-env.ts). */
export const EdgeEnv = z.object({
  /** Anything but "development" counts as deployed: the dev default secrets are refused there. */
  ENVIRONMENT: z.string().default("production"),
  STORE_URL: z.url().default("http://127.0.0.1:8788"),
  ADMIN_TOKEN: z.string().min(1),
  STORE_API_TOKEN: z.string().min(1),
  WEBHOOK_SECRET: z.string().min(1),
  SESSION_SECRET: z.string().min(1),
  MODEL: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().optional(),
  /** Overrides the seeded demo site's holdoutPercent (e2e sets 0 so every session gets the agent). */
  DEMO_HOLDOUT_PERCENT: z.coerce.number().min(0).max(100).optional(),
  /** The worker's public origin: resume links in follow-ups and Twilio status callbacks point here. */
  PUBLIC_URL: z.url().optional(),
  /**
   * Follow-up channels (README "Configuration"); each is parsed on use by channels/channel-env.ts,
   * and a channel whose settings are incomplete is simply not configured.
   */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.string().optional(),
  EMAIL_FROM: z.string().optional(),
  EMAIL_REPLY_TO: z.string().optional(),
  EMAIL_INBOUND_SECRET: z.string().optional(),
  TWILIO_API_URL: z.string().optional(),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  WHATSAPP_API_URL: z.string().optional(),
  WHATSAPP_TOKEN: z.string().optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().optional(),
  WHATSAPP_APP_SECRET: z.string().optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().optional(),
});
export type EdgeEnv = z.infer<typeof EdgeEnv>;

/** The local development defaults (`.dev.vars`); a deployed worker refuses to run with them. */
export const devDefaultSecrets = {
  ADMIN_TOKEN: "dev-admin-token",
  STORE_API_TOKEN: "dev-store-token",
  STORE_TOKEN_DEMO: "dev-store-token",
  WEBHOOK_SECRET: "dev-webhook-secret",
  SESSION_SECRET: "dev-session-secret",
  STORE_TOKEN_IDENTITY: "dev-identity-secret",
  EMAIL_INBOUND_SECRET: "dev-inbound-email-secret",
  // The local platform stores (`npx tsx scripts/platform-store.ts shopify|woocommerce|vendure`).
  STORE_TOKEN_SHOPIFY: "dev-shopify-storefront-token",
  STORE_TOKEN_SHOPIFY_ADMIN: "dev-shopify-admin-token",
  STORE_TOKEN_SHOPIFY_HOOK: "dev-shopify-client-secret",
  STORE_TOKEN_WOO: "ck_dev:cs_dev",
  STORE_TOKEN_WOO_HOOK: "dev-woo-webhook-secret",
  STORE_TOKEN_VENDURE_ADMIN: "dev-vendure-admin-token",
  STORE_TOKEN_VENDURE_HOOK: "dev-vendure-webhook-secret",
} as const;

/** Secrets a deployed worker cannot serve without (`wrangler secret put`, docs/deploy.md). */
export const requiredSecrets = ["ADMIN_TOKEN", "WEBHOOK_SECRET", "SESSION_SECRET"] as const;

/**
 * Names of secrets a deployed worker must not serve with: required ones that are missing, and any
 * var holding a development default value (also under another name, e.g. a `STORE_TOKEN_*`).
 * Empty when the local tooling set ENVIRONMENT=development. Reads the raw bindings, before parsing.
 */
export function insecureSecrets(env: object): string[] {
  if (readVar(env, "ENVIRONMENT") === "development") return [];
  const devValues = new Set<string>(Object.values(devDefaultSecrets));
  const names = new Set<string>();
  for (const [name, value] of Object.entries(devDefaultSecrets)) if (readVar(env, name) === value) names.add(name);
  for (const name of requiredSecrets) if (!readVar(env, name)) names.add(name);
  for (const [name, value] of Object.entries(env)) if (typeof value === "string" && devValues.has(value)) names.add(name);
  return [...names];
}

/** A var or secret named at runtime (e.g. a site's `store.tokenSecret`), if it is a string. */
export function readVar(env: object, name: string): string | undefined {
  const value: unknown = Reflect.get(env, name);
  return typeof value === "string" ? value : undefined;
}
