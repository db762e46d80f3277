/**
 * What a store adapter can really do. The agent registers only the tools these allow, and the
 * contract suite checks each adapter against what it declares.
 */
export interface StoreCapabilities {
  /** "exact": variant inventory counts; "level": only in stock / low / sold out (inventory 0 or a floor). */
  stock: "exact" | "level";
  /** What a shipping quote needs: a country (and optional postal code), or a full delivery address. */
  shipping: "country" | "address";
  /** "structured": return window, free returns, payment methods as data; "text": the platform's policy text plus the merchant's declared facts. */
  policies: "structured" | "text";
  /** Apply and remove discount codes on the shopper's cart. */
  applyCodes: boolean;
  /** Create a unique single-use code per granted offer (createSingleUseCode). */
  singleUseCodes: boolean;
  /** "signed": an expiring link the store signs; "native": the platform's own checkout URL for the cart. */
  checkoutLink: "signed" | "native";
  /** Past orders for a customer the site verified (never for a bare email typed into the chat). */
  customerHistory: boolean;
  /** Change quantities and swap variants of cart lines. */
  editCart: boolean;
  /** Search the catalogue (for alternatives to a sold-out size). */
  searchProducts: boolean;
}

/** A "level" store's inventory for in stock: enough, the count unknown (sold out is 0, low is 1). */
export const levelInStock = 999;

/** What a "level" store's inventory stands for; never a count to quote. */
export function stockLevel(inventory: number): "out_of_stock" | "low_stock" | "in_stock" {
  if (inventory <= 0) return "out_of_stock";
  return inventory < levelInStock ? "low_stock" : "in_stock";
}
