import { z } from "zod";
import { fail, ok, type Result } from "../store/result.ts";

/** Provider settings from the worker's vars and secrets (README "Configuration"), one schema per channel. */
export const SmtpEnv = z.object({
  SMTP_HOST: z.string().min(1),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535),
  EMAIL_FROM: z.string().min(3),
  /** Optional: AUTH credentials, implicit TLS ("true") and where replies go (the inbound webhook's address). */
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: z.enum(["true", "false"]).default("false"),
  EMAIL_REPLY_TO: z.string().optional(),
});
export type SmtpEnv = z.infer<typeof SmtpEnv>;

export const TwilioEnv = z.object({
  TWILIO_API_URL: z.url().default("https://api.twilio.com"),
  TWILIO_ACCOUNT_SID: z.string().min(1),
  TWILIO_AUTH_TOKEN: z.string().min(1),
  TWILIO_FROM: z.string().min(1),
});
export type TwilioEnv = z.infer<typeof TwilioEnv>;

export const WhatsAppEnv = z.object({
  WHATSAPP_API_URL: z.url().default("https://graph.facebook.com"),
  WHATSAPP_TOKEN: z.string().min(1),
  WHATSAPP_PHONE_NUMBER_ID: z.string().min(1),
  WHATSAPP_APP_SECRET: z.string().min(1),
  WHATSAPP_VERIFY_TOKEN: z.string().min(1),
  /** The approved template sent outside the 24-hour window; body params: item title, resume link. */
  WHATSAPP_TEMPLATE_NAME: z.string().min(1).default("cart_reminder"),
  WHATSAPP_TEMPLATE_LANGUAGE: z.string().min(2).default("en"),
});
export type WhatsAppEnv = z.infer<typeof WhatsAppEnv>;

export const EmailInboundEnv = z.object({
  /** Shared secret the inbound-email relay sends in `X-Inbound-Secret`. */
  EMAIL_INBOUND_SECRET: z.string().min(16),
});
export type EmailInboundEnv = z.infer<typeof EmailInboundEnv>;

/** channel_not_configured (listing the missing or invalid vars) instead of a thrown error. */
export function channelEnv<S extends z.ZodType>(schema: S, env: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return ok(parsed.data);
  const vars = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")))];
  return fail("channel_not_configured", `Missing or invalid settings: ${vars.join(", ")}`, { vars });
}
