import { tool } from "ai";
import { z } from "zod";
import { Objection } from "../../domain/objection.ts";
import { requestOffer } from "../../policy/request-offer.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const inputSchema = toolInput(z.object({ objection: Objection }));

export function requestOfferTool(ctx: ToolContext) {
  return tool({
    description:
      "Ask the store's offer rules whether an offer is allowed for the shopper's objection, and apply it if so. This is the only way to give a discount; never promise one before it is granted.",
    inputSchema,
    execute: ({ objection }) =>
      requestOffer(
        {
          site: ctx.site,
          group: ctx.session.group,
          cartId: ctx.session.cartId,
          sessionId: ctx.session.sessionId,
          customerId: ctx.session.customer?.id ?? null,
          store: ctx.store,
          ledger: ctx.ledger,
          cartOffers: ctx.cartOffers,
        },
        objection,
      ),
  });
}
