import { randomBytes } from "node:crypto";
import { sendJson, startHttpFake, type HttpFake } from "../support/http-fake.ts";

/**
 * Meta's WhatsApp Cloud API send endpoint as it answers on the wire:
 * `POST /v21.0/{phone-number-id}/messages`, Bearer token, JSON; Graph API errors otherwise.
 */
export interface WhatsAppFake extends HttpFake {
  sent: { id: string; payload: Record<string, unknown> }[];
}

function graphError(code: number, message: string, type = "OAuthException") {
  return { error: { message, type, code, fbtrace_id: randomBytes(8).toString("base64url") } };
}

export async function startWhatsAppFake(phoneNumberId: string, token: string): Promise<WhatsAppFake> {
  const sent: WhatsAppFake["sent"] = [];
  const fake = await startHttpFake((req, res) => {
    if (req.method !== "POST" || req.path !== `/v21.0/${phoneNumberId}/messages`) {
      return sendJson(res, 400, graphError(100, "Unsupported post request.", "GraphMethodException"));
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return sendJson(res, 401, graphError(190, "Invalid OAuth access token - Cannot parse access token"));
    }
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(req.body);
    } catch {
      return sendJson(res, 400, graphError(100, "Invalid parameter", "OAuthException"));
    }
    const to = payload.to;
    if (payload.messaging_product !== "whatsapp" || typeof to !== "string" || !["text", "template"].includes(String(payload.type))) {
      return sendJson(res, 400, graphError(100, "(#100) Invalid parameter"));
    }
    const id = `wamid.${Buffer.from(`${to}-${randomBytes(12).toString("hex")}`).toString("base64")}`;
    sent.push({ id, payload });
    const message = payload.type === "template" ? { id, message_status: "accepted" } : { id };
    sendJson(res, 200, { messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to.replace(/^\+/, "") }], messages: [message] });
  });
  return Object.assign(fake, { sent });
}
