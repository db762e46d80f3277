import { z } from "zod";
import { policyText } from "../policy-text.ts";
import { ok, type Result } from "../result.ts";
import type { PolicyFacts } from "../store-config.ts";
import type { Policies } from "../store-schemas.ts";
import { textPolicies } from "../text-policies.ts";
import type { GraphqlRequest } from "./shopify-graphql.ts";
import { storefrontDocument } from "./storefront-operations.ts";
import { SfShop, type SfShop as Shop } from "./storefront-schemas.ts";

const cardNames: Record<string, string> = {
  VISA: "Visa",
  MASTERCARD: "Mastercard",
  AMERICAN_EXPRESS: "American Express",
  DISCOVER: "Discover",
  DINERS_CLUB: "Diners Club",
  JCB: "JCB",
};
const walletNames: Record<string, string> = { APPLE_PAY: "Apple Pay", GOOGLE_PAY: "Google Pay", ANDROID_PAY: "Google Pay", SHOPIFY_PAY: "Shop Pay" };

function payments(shop: Shop) {
  const methods = [
    ...shop.paymentSettings.acceptedCardBrands.map((brand) => ({ id: brand.toLowerCase(), name: cardNames[brand] ?? brand, bnpl: false })),
    ...shop.paymentSettings.supportedDigitalWallets.map((wallet) => ({ id: wallet.toLowerCase(), name: walletNames[wallet] ?? wallet, bnpl: false })),
  ];
  if (shop.shopPayInstallmentsPricing) methods.push({ id: "shop_pay_installments", name: "Shop Pay Installments", bnpl: true });
  return methods.filter((m, i) => methods.findIndex((n) => n.name === m.name) === i);
}

/** Shopify's refund, shipping and contact policies are text; payment methods come from paymentSettings. */
export async function shopifyPolicies(storefront: GraphqlRequest, facts: PolicyFacts): Promise<Result<Policies>> {
  const result = await storefront(storefrontDocument("shopPolicies"), {}, z.object({ shop: SfShop }));
  if (!result.ok) return result;
  const shop = result.value.shop;
  return ok(
    textPolicies(
      {
        refund: shop.refundPolicy ? policyText(shop.refundPolicy.body) : null,
        shipping: shop.shippingPolicy ? policyText(shop.shippingPolicy.body) : null,
        contact: shop.contactInformation ? policyText(shop.contactInformation.body) : null,
        payments: payments(shop),
      },
      facts,
    ),
  );
}
