import { z } from "zod";

/** The shopper's reason for hesitating. A fixed contract (README glossary); analytics counts these. */
export const objectionCodes = [
  "shipping_cost",
  "delivery_time",
  "returns",
  "sizing_fit",
  "stock_availability",
  "compatibility",
  "price_discount",
  "payment_options",
  "account_creation",
  "checkout_confusion",
  "trust_security",
  "product_quality",
  "distracted",
  "other",
] as const;

export const Objection = z.enum(objectionCodes);
export type Objection = z.infer<typeof Objection>;
