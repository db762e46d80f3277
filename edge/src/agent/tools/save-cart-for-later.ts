import { tool } from "ai";
import { z } from "zod";
import { Channel } from "../../domain/session-state.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const Email = z.email();
const Phone = z.string().regex(/^\+[1-9]\d{6,14}$/);

const inputSchema = toolInput(z.object({
  channel: Channel,
  email: z.string().max(254).optional(),
  phone: z.string().max(32).optional(),
}));

/**
 * Keeps the address the shopper gave on the session, unverified and without consent: consent is
 * never inferred by a model. The shopper confirms with the checkbox the widget shows for this result
 * (POST /v1/contact), and the server sends a confirmation to the address before any follow-up.
 */
export function saveCartForLaterTool(ctx: ToolContext) {
  return tool({
    description:
      "Keep the address the shopper gave (email, or phone for SMS/WhatsApp) so they can get their cart later. Does not send anything: the shopper confirms with a checkbox shown under your answer, then gets a confirmation message first. Never call it when the shopper says not to contact them.",
    inputSchema,
    execute: async ({ channel, email, phone }) => {
      const contact =
        channel === "email"
          ? Email.safeParse(email?.trim())
          : Phone.safeParse(phone?.replace(/[\s\-()/]/g, "").replace(/^00/, "+"));
      if (!contact.success) {
        const wanted = channel === "email" ? "a valid email address" : "a phone number in international format (+49…)";
        return { ok: false as const, code: "invalid_contact", message: `Saving for ${channel} needs ${wanted}.` };
      }
      await ctx.effects.saveContact(channel === "email" ? { email: contact.data } : { phone: contact.data });
      return { ok: true as const, channel, address: contact.data, consentNeeded: true as const };
    },
  });
}
