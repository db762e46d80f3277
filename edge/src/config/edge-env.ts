import { z } from "zod";

/** The worker's vars and secrets (wrangler.toml [vars], `wrangler secret`), parsed once per request. */
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

/** The local development defaults from DESIGN.md; a deployed worker refuses to run with them. */
export const devDefaultSecrets = {
  ADMIN_TOKEN: "dev-admin-token",
  STORE_API_TOKEN: "dev-store-token",
  WEBHOOK_SECRET: "dev-webhook-secret",
  SESSION_SECRET: "dev-session-secret",
  EMAIL_INBOUND_SECRET: "dev-inbound-email-secret",
} as const;

/** Names of secrets still set to a dev default; empty in development or when all were replaced. */
export function insecureSecrets(env: EdgeEnv): string[] {
  if (env.ENVIRONMENT === "development") return [];
  return Object.entries(devDefaultSecrets)
    .filter(([name, value]) => readVar(env, name) === value)
    .map(([name]) => name);
}

/** A var or secret named at runtime (e.g. a site's `store.tokenSecret`), if it is a string. */
export function readVar(env: object, name: string): string | undefined {
  const value: unknown = Reflect.get(env, name);
  return typeof value === "string" ? value : undefined;
}
