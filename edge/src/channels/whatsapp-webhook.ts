import { z } from "zod";
import { fromHex, hmacVerify } from "./hmac.ts";

/** Meta's webhook payload for the `messages` field (the parts we read; the rest passes through). */
const WhatsAppInbound = z.looseObject({
  from: z.string(),
  id: z.string(),
  timestamp: z.string(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  button: z.looseObject({ text: z.string() }).optional(),
  /** Set when the shopper replies to one of our messages: its wamid. */
  context: z.looseObject({ id: z.string().optional() }).optional(),
});

const WhatsAppStatus = z.looseObject({
  id: z.string(),
  status: z.string(),
  timestamp: z.string(),
  recipient_id: z.string(),
  errors: z.array(z.looseObject({ code: z.number() })).optional(),
});

export const WhatsAppWebhook = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.object({
      id: z.string(),
      changes: z.array(
        z.object({
          field: z.string(),
          value: z.looseObject({
            messaging_product: z.literal("whatsapp"),
            metadata: z.looseObject({ display_phone_number: z.string(), phone_number_id: z.string() }),
            messages: z.array(WhatsAppInbound).optional(),
            statuses: z.array(WhatsAppStatus).optional(),
          }),
        }),
      ),
    }),
  ),
});
export type WhatsAppWebhook = z.infer<typeof WhatsAppWebhook>;

/** `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`, over the bytes as received. */
export function verifyWhatsAppSignature(appSecret: string, rawBody: ArrayBuffer, header: string | undefined): Promise<boolean> {
  const hex = header?.startsWith("sha256=") ? header.slice("sha256=".length) : "";
  return hmacVerify("SHA-256", appSecret, rawBody, fromHex(hex));
}
