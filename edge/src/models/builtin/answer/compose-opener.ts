import type { TurnContext } from "../turn-context.ts";
import { latestCart } from "../turn-context.ts";
import { formatList } from "./format.ts";
import type { Phrases } from "./phrases-en.ts";

const leaving = new Set(["exit_intent", "page_close", "tab_hidden"]);

/** The proactive first message: names what is in the cart and asks one question fit to where the shopper is. */
export function composeOpener(ctx: TurnContext, p: Phrases): string {
  const cart = latestCart(ctx.view.turn);
  const titles = cart?.lines.slice(0, 2).map((line) => line.title) ?? [];
  const greeting = p.greeting(ctx.options.tone, ctx.options.assistantName);
  if (titles.length === 0) return p.openerEmpty;
  const product = formatList(titles, ctx.language);
  const opener = ctx.options.opener;
  const atCheckout = opener?.trigger === "checkout_step" || (opener?.page ?? "").includes("checkout");
  if (atCheckout) return `${greeting} ${p.openerCheckout(product)}`;
  if (leaving.has(opener?.trigger ?? "")) return `${greeting} ${p.openerExit(product)}`;
  return `${greeting} ${p.openerIdle(product)}`;
}
