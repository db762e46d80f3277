import { tool } from "ai";
import { z } from "zod";
import { handoverCopy } from "../../handover/handover-copy.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const inputSchema = toolInput(z.object({ reason: z.string().min(1).max(500) }));

export function handOverTool(ctx: ToolContext) {
  return tool({
    description:
      "Hand the conversation to a human on the store's team (the shopper asks for a person, or you cannot help).",
    inputSchema,
    execute: async ({ reason }) => {
      const { notified } = await ctx.effects.handover(reason);
      // Promise a reply only when someone on the team was actually told.
      const store = ctx.site.brand.storeName ?? ctx.site.name;
      return { ok: true as const, notified, message: handoverCopy(notified ? "notified" : "unavailable", ctx.session.language, store) };
    },
  });
}
