import { Policies, Product } from "../../../src/store/store-schemas.ts";

/** Store API v1 shapes for the products in `testCart()` and the store's policies. */
export const testProducts = [
  Product.parse({
    id: "p-boot",
    title: "Trail Runner GTX",
    description: "Waterproof trail shoe",
    category: "shoes",
    url: "/products/p-boot",
    image: "/images/trail-runner.jpg",
    rating: { average: 4.6, count: 212 },
    variants: [{ id: "v-42", sku: "TR-42", title: "EU 42 / Black", options: { size: "42", color: "Black" }, price: { amount: 12900, currency: "EUR" }, inventory: 3 }],
  }),
];

export const testPolicies = Policies.parse({
  returns: { days: 30, free: true, conditions: "unworn" },
  exchanges: { free: true },
  shipping: {},
  payments: [{ id: "card", name: "Card", bnpl: false }, { id: "klarna", name: "Klarna", bnpl: true }],
  guestCheckout: true,
  security: {},
  support: { email: "help@alpine.example", hours: "9-17" },
});
