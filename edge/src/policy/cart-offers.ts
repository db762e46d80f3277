/**
 * The offers a cart holds, shared by all of the cart's sessions (another visitor id, another
 * tab, a follow-up reply): the policy engine counts these, not one session's decisions, and
 * claims a slot atomically before it touches the store, so parallel turns cannot both grant.
 */
export interface CartGrant {
  offerId: string;
  code: string;
  /** Discount in minor units (the expected one while claimed, the applied one once confirmed). */
  amount: number;
  sessionId: string;
  /** The verified customer the offer went to, for onePerCustomer across carts. */
  customerId: string | null;
  at: number;
}

export interface ClaimRule {
  maxOffersPerCart: number;
  /** Refuse the claim when this verified customer already had this offer on any cart. */
  onePerCustomer: boolean;
}

export interface CartOffers {
  /** Grants on this cart, and grants to this cart's verified customer on other carts. */
  granted(): Promise<{ cart: CartGrant[]; customer: CartGrant[] }>;
  /** Takes a slot for `grant`; false when the rules were already met by someone else (a lost race). */
  claim(grant: CartGrant, rule: ClaimRule): Promise<boolean>;
  /** The store applied the offer: the amount it really took off. */
  confirm(offerId: string, amount: number): Promise<void>;
  /** The store refused the code, or the re-check removed it: the slot is free again. */
  release(offerId: string): Promise<void>;
}
