import { tool } from "ai";
import { z } from "zod";
import type { ToolContext } from "./tool-context.ts";

export function handOverTool(ctx: ToolContext) {
  return tool({
    description:
      "Hand the conversation to a human on the store's team (the shopper asks for a person, or you cannot help).",
    inputSchema: z.object({ reason: z.string().min(1).max(500) }),
    execute: async ({ reason }) => {
      await ctx.effects.handover(reason);
      const email = ctx.site.escalation.handoff.email;
      const message = email
        ? `A person from ${ctx.site.name} will take over and reply here or by email from ${email}.`
        : `A person from ${ctx.site.name} will take over this conversation.`;
      return { ok: true as const, message };
    },
  });
}
