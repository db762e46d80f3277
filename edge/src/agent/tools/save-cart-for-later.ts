import { tool } from "ai";
import { z } from "zod";
import { Channel } from "../../domain/session-state.ts";
import type { ToolContext } from "./tool-context.ts";

const Email = z.email();
const Phone = z.string().regex(/^\+[1-9]\d{6,14}$/);

export function saveCartForLaterTool(ctx: ToolContext) {
  return tool({
    description:
      "Save the cart and follow up later by email, SMS or WhatsApp. Only with the shopper's explicit consent to be contacted on that channel.",
    inputSchema: z.object({
      channel: Channel,
      email: z.string().max(254).optional(),
      phone: z.string().max(32).optional(),
      consent: z.boolean(),
    }),
    execute: async ({ channel, email, phone, consent }) => {
      if (!consent) {
        return { ok: false as const, code: "consent_required", message: "Ask the shopper for consent to contact them first." };
      }
      const contact =
        channel === "email"
          ? Email.safeParse(email?.trim())
          : Phone.safeParse(phone?.replace(/[\s\-()]/g, "").replace(/^00/, "+"));
      if (!contact.success) {
        const wanted = channel === "email" ? "a valid email address" : "a phone number in international format (+49…)";
        return { ok: false as const, code: "invalid_contact", message: `Saving for ${channel} needs ${wanted}.` };
      }
      const address = channel === "email" ? { email: contact.data } : { phone: contact.data };
      const consentNow = { ...ctx.session.contact.consent, [channel]: true };
      const saved = await ctx.store.updateCustomer(ctx.session.cartId, { ...address, consent: { [channel]: true } });
      if (!saved.ok) return saved;
      await ctx.effects.saveContact({ ...address, consent: consentNow });
      return { ok: true as const, channel };
    },
  });
}
