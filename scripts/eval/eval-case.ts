/** One conversation of the eval: a cart, the shopper's messages, and what the last answer must get right. */

export type Lang = "en" | "de";

export type Expect =
  /** Rates to a country (the cart's country, DE, when none is named): every price, the country's name. */
  | { kind: "shipping"; country?: string }
  /** Delivery time to a country: the days of the rates. */
  | { kind: "delivery"; country?: string }
  | { kind: "returns"; fit?: boolean }
  | { kind: "payments"; focus: "all" | "later"; method?: string }
  /** Stock of a size/colour of the cart's product; the cart's colour unless one is named. */
  | { kind: "stock"; size?: string; color?: string; relative?: "bigger" | "smaller" }
  | { kind: "measure"; chest?: number; waist?: number; foot?: number }
  | { kind: "between" }
  /** A fit worry: the store's free size exchange is part of the answer. */
  | { kind: "fit_exchange" }
  /** The cart line was switched to an in-stock variant of the same product, and the answer says so. */
  | { kind: "swapped" }
  | { kind: "compat"; device: string }
  | { kind: "quality" }
  | { kind: "guest" }
  | { kind: "trust" }
  | { kind: "checkout_help" }
  | { kind: "checkout_link" }
  | { kind: "discount_first" }
  | { kind: "offer" }
  | { kind: "distracted" }
  | { kind: "human" }
  | { kind: "save"; email: string }
  | { kind: "no_save" }
  /** The answer does not end with a checkout offer (on the checkout page, or right after one). */
  | { kind: "no_checkout_offer" }
  /** The answer does not mention this (e.g. a country from an earlier, unrelated question). */
  | { kind: "not_about"; pattern: RegExp };

export interface EvalCase {
  /** The row of the report: an objection kind or a conversation skill. */
  group: string;
  lang: Lang;
  /** Variant ids in the cart. */
  cart: string[];
  /** A proactive opener on this page first (e.g. "/checkout/shipping"). */
  page?: string;
  turns: string[];
  expect: Expect[];
}

export const carts = {
  sweater: "merino-crew-sweater--m-navy",
  tee: "organic-cotton-tee--m-white",
  teeBlack: "organic-cotton-tee--l-black",
  shell: "rain-shell-jacket--m-forest",
  chino: "slim-chino--m-sand",
  runner: "trail-runner--42",
  sneaker: "leather-sneaker--42-white",
  slipper: "wool-slipper--40",
  boot: "chelsea-boot--43",
  magsafe: "magsafe-clear-case--iphone-15",
  galaxy: "galaxy-rugged-case--galaxy-s24",
  charger: "usb-c-charger-65w--default",
  earbuds: "wireless-earbuds--graphite",
  lamp: "desk-lamp--black",
  throw: "wool-throw--rust",
} as const;

export function single(group: string, lang: Lang, cart: string, text: string, ...expect: Expect[]): EvalCase {
  return { group, lang, cart: [cart], turns: [text], expect };
}
