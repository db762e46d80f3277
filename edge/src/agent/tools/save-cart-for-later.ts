import { tool } from "ai";
import { z } from "zod";
import { Channel } from "../../domain/session-state.ts";
import type { ToolContext } from "./tool-context.ts";

const Email = z.email();
const Phone = z.string().regex(/^\+[1-9]\d{6,14}$/);

/**
 * Stores the address the shopper gave, unverified and without consent: consent comes only from the
 * shopper's own tick (the consent card → POST /v1/contact), never from the model's reading.
 */
export function saveCartForLaterTool(ctx: ToolContext) {
  return tool({
    description:
      "Keep the shopper's email or phone number for their cart. This never subscribes them: the widget then shows a consent checkbox the shopper ticks themselves.",
    inputSchema: z.object({
      channel: Channel,
      email: z.string().max(254).optional(),
      phone: z.string().max(32).optional(),
    }),
    execute: async ({ channel, email, phone }) => {
      const contact =
        channel === "email"
          ? Email.safeParse(email?.trim())
          : Phone.safeParse(phone?.replace(/[\s\-()]/g, "").replace(/^00/, "+"));
      if (!contact.success) {
        const wanted = channel === "email" ? "a valid email address" : "a phone number in international format (+49…)";
        return { ok: false as const, code: "invalid_contact", message: `Saving for ${channel} needs ${wanted}.` };
      }
      await ctx.effects.saveContact(channel === "email" ? { email: contact.data } : { phone: contact.data });
      return { ok: true as const, channel, address: contact.data, consentNeeded: true as const };
    },
  });
}
