import { tool } from "ai";
import { z } from "zod";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const inputSchema = toolInput(z.object({}));

export function createCheckoutLinkTool(ctx: ToolContext) {
  return tool({
    description: "Create a link that opens this exact cart at checkout (also on another device).",
    inputSchema,
    execute: async () => {
      const link = await ctx.store.createCheckoutLink(ctx.session.cartId);
      return link.ok ? { ok: true as const, url: link.value.url, expiresAt: link.value.expiresAt } : link;
    },
  });
}
