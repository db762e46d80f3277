import type { SiteConfig } from "../../config/site-config.ts";
import type { CartOffers } from "../../policy/cart-offers.ts";
import type { StoreAdapter } from "../../store/store-adapter.ts";
import type { SessionEffects, SessionSnapshot, TurnInput } from "../agent-context.ts";
import { createTurnLedger, type TurnLedger } from "../turn-ledger.ts";
import { turnStore } from "./turn-store.ts";

/** What every tool of one turn shares. */
export interface ToolContext {
  site: SiteConfig;
  session: SessionSnapshot;
  store: StoreAdapter;
  effects: SessionEffects;
  ledger: TurnLedger;
  cartOffers: CartOffers;
}

export function createToolContext(input: TurnInput): ToolContext {
  return {
    site: input.site,
    session: input.session,
    store: turnStore(input.store),
    effects: input.effects,
    ledger: createTurnLedger(input.session, input.effects),
    cartOffers: input.cartOffers,
  };
}
