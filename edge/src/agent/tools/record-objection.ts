import { tool } from "ai";
import { z } from "zod";
import { Objection } from "../../domain/objection.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const inputSchema = toolInput(z.object({ code: Objection }));

export function recordObjectionTool(ctx: ToolContext) {
  return tool({
    description:
      "Record the shopper's reason for hesitating as soon as you detect it (once per reason), before answering it.",
    inputSchema,
    execute: async ({ code }) => {
      await ctx.ledger.recordObjection(code);
      return { ok: true as const, code };
    },
  });
}
