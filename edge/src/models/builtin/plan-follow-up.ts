import type { ToolRequest } from "./plan-tools.ts";
import { latestCart, type TurnContext } from "./turn-context.ts";

const maxToolSteps = 2;

/**
 * After tool results: the few cases that need one more lookup before answering. Never repeats a tool
 * already called in this turn, so the loop always ends in an answer.
 */
export function planFollowUp(ctx: TurnContext): ToolRequest[] {
  if (ctx.view.stepsInTurn >= maxToolSteps) return [];
  const called = new Set(ctx.view.turn.map((e) => e.toolName));
  const calls: ToolRequest[] = [];
  const add = (toolName: string, input: Record<string, unknown>) => {
    if (ctx.available.has(toolName) && !called.has(toolName)) calls.push({ toolName, input });
  };
  const { intents, entities } = ctx.detected;
  if (intents.includes("compatibility") || intents.includes("product_quality")) {
    const productId = latestCart(ctx.view.turn)?.lines[0]?.productId;
    if (productId) add("getProduct", { productId });
  }
  const swap = ctx.view.turn.find((e) => e.toolName === "changeCartLine");
  if (swap && (swap.failed || !ctx.view.turn.some((e) => e.toolName === "changeCartLine" && isOk(e.output)))) {
    add("checkStock", { ...(entities.size ? { size: entities.size } : {}), ...(entities.color ? { color: entities.color } : {}) });
  }
  return calls;
}

function isOk(output: unknown): boolean {
  return typeof output === "object" && output !== null && "ok" in output && output.ok === true;
}
