import { checkoutCases } from "./cases-checkout.ts";
import { logisticsCases } from "./cases-logistics.ts";
import { moreCases } from "./cases-more.ts";
import { multiTurnCases } from "./cases-multi.ts";
import { productCases } from "./cases-product.ts";
import { unseenCases } from "./cases-unseen.ts";
import type { EvalCase } from "./eval-case.ts";

export function allCases(): EvalCase[] {
  return [...logisticsCases, ...productCases, ...moreCases, ...checkoutCases, ...unseenCases, ...multiTurnCases];
}
