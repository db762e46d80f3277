import { z } from "zod";
import { ok, type Result } from "../store/result.ts";
import type { WhatsAppEnv } from "./channel-env.ts";
import type { SentMessage, TextSender } from "./channel-messages.ts";
import type { SendTag } from "./outbound-log.ts";
import { providerFetch } from "./provider-fetch.ts";

/** Meta Cloud API: the send response and the Graph API error body. */
export const WhatsAppSendResponse = z.object({
  messaging_product: z.literal("whatsapp"),
  contacts: z.array(z.object({ input: z.string(), wa_id: z.string() })),
  messages: z.array(z.looseObject({ id: z.string(), message_status: z.string().optional() })).min(1),
});
export const GraphError = z.object({
  error: z.looseObject({ message: z.string(), type: z.string().optional(), code: z.number(), fbtrace_id: z.string().optional() }),
});

export interface TemplateMessage {
  to: string;
  /** Values for the template body's {{1}}, {{2}}… placeholders. */
  params: string[];
  tag?: SendTag;
}

export interface WhatsAppSender extends TextSender {
  /** A pre-approved template: the only message allowed outside the 24-hour service window. */
  sendTemplate(message: TemplateMessage): Promise<Result<SentMessage>>;
}

/** `POST {WHATSAPP_API_URL}/v21.0/{PHONE_NUMBER_ID}/messages`, JSON with the bearer token. */
export function whatsappSender(env: WhatsAppEnv): WhatsAppSender {
  const url = new URL(`/v21.0/${encodeURIComponent(env.WHATSAPP_PHONE_NUMBER_ID)}/messages`, env.WHATSAPP_API_URL).toString();
  const post = async (payload: Record<string, unknown>): Promise<Result<SentMessage>> => {
    const sent = await providerFetch(
      url,
      {
        method: "POST",
        headers: { authorization: `Bearer ${env.WHATSAPP_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", ...payload }),
      },
      WhatsAppSendResponse,
      GraphError,
    );
    if (!sent.ok) return sent;
    const [message] = sent.value.messages;
    return ok({ messageId: message?.id ?? "", status: message?.message_status ?? "accepted" });
  };
  return {
    send: ({ to, text }) => post({ to, type: "text", text: { preview_url: true, body: text } }),
    sendTemplate: ({ to, params }) =>
      post({
        to,
        type: "template",
        template: {
          name: env.WHATSAPP_TEMPLATE_NAME,
          language: { code: env.WHATSAPP_TEMPLATE_LANGUAGE },
          components: [{ type: "body", parameters: params.map((text) => ({ type: "text", text })) }],
        },
      }),
  };
}

const serviceWindowMs = 24 * 60 * 60 * 1000;

/** Whether free-form text may be sent: the shopper wrote to us within the last 24 hours. */
export function insideServiceWindow(lastInboundAt: number | null, now: number): boolean {
  return lastInboundAt !== null && now - lastInboundAt < serviceWindowMs;
}

/** A business-initiated message: free text inside the window, the approved template outside it. */
export function sendWhatsAppFollowUp(
  sender: WhatsAppSender,
  message: { to: string; text: string; templateParams: string[]; lastInboundAt: number | null; now: number; tag?: SendTag },
): Promise<Result<SentMessage>> {
  const tag = message.tag ? { tag: message.tag } : {};
  if (insideServiceWindow(message.lastInboundAt, message.now)) return sender.send({ to: message.to, text: message.text, ...tag });
  return sender.sendTemplate({ to: message.to, params: message.templateParams, ...tag });
}
