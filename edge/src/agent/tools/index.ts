import type { TurnInput } from "../agent-context.ts";
import { adviseSizeTool } from "./advise-size.ts";
import { changeCartLineTool } from "./change-cart-line.ts";
import { checkStockTool } from "./check-stock.ts";
import { createCheckoutLinkTool } from "./create-checkout-link.ts";
import { getCartTool } from "./get-cart.ts";
import { getCustomerHistoryTool } from "./get-customer-history.ts";
import { getPoliciesTool } from "./get-policies.ts";
import { getProductTool } from "./get-product.ts";
import { getShippingRatesTool } from "./get-shipping-rates.ts";
import { handOverTool } from "./hand-over.ts";
import { recordObjectionTool } from "./record-objection.ts";
import { requestOfferTool } from "./request-offer.ts";
import { saveCartForLaterTool } from "./save-cart-for-later.ts";
import { searchProductsTool } from "./search-products.ts";
import { createToolContext } from "./tool-context.ts";

/**
 * The agent's tools for one turn (see the tool contract in the README). Expected failures are
 * values. Only the tools the store's adapter supports are registered, and customer history only
 * for a customer the site verified: a model cannot call what is not there, and says what it cannot check.
 */
export function createTools(input: TurnInput) {
  const ctx = createToolContext(input);
  const can = input.store.capabilities;
  const verified = input.session.customer?.verified === true;
  return {
    getCart: getCartTool(ctx),
    ...(can.searchProducts ? { searchProducts: searchProductsTool(ctx) } : {}),
    getProduct: getProductTool(ctx),
    checkStock: checkStockTool(ctx),
    getShippingRates: getShippingRatesTool(ctx),
    getPolicies: getPoliciesTool(ctx),
    adviseSize: adviseSizeTool(ctx),
    ...(can.editCart ? { changeCartLine: changeCartLineTool(ctx) } : {}),
    ...(can.applyCodes ? { requestOffer: requestOfferTool(ctx) } : {}),
    createCheckoutLink: createCheckoutLinkTool(ctx),
    saveCartForLater: saveCartForLaterTool(ctx),
    handOver: handOverTool(ctx),
    recordObjection: recordObjectionTool(ctx),
    ...(can.customerHistory && verified ? { getCustomerHistory: getCustomerHistoryTool(ctx) } : {}),
  };
}

export type CartSaverTools = ReturnType<typeof createTools>;
