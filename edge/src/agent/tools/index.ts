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

/** The agent's tools for one turn (see the tool contract in the README). Expected failures are values. */
export function createTools(input: TurnInput) {
  const ctx = createToolContext(input);
  return {
    getCart: getCartTool(ctx),
    searchProducts: searchProductsTool(ctx),
    getProduct: getProductTool(ctx),
    checkStock: checkStockTool(ctx),
    getShippingRates: getShippingRatesTool(ctx),
    getPolicies: getPoliciesTool(ctx),
    adviseSize: adviseSizeTool(ctx),
    changeCartLine: changeCartLineTool(ctx),
    requestOffer: requestOfferTool(ctx),
    createCheckoutLink: createCheckoutLinkTool(ctx),
    saveCartForLater: saveCartForLaterTool(ctx),
    handOver: handOverTool(ctx),
    recordObjection: recordObjectionTool(ctx),
    getCustomerHistory: getCustomerHistoryTool(ctx),
  };
}

export type CartSaverTools = ReturnType<typeof createTools>;
