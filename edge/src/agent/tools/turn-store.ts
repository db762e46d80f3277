import type { Result } from "../../store/result.ts";
import type { StoreAdapter } from "../../store/store-adapter.ts";

/** Each key's read is made once; a failed one is forgotten, so the next caller tries again. */
function readOnce<K, T>(read: (key: K) => Promise<Result<T>>) {
  const kept = new Map<K, Promise<Result<T>>>();
  return {
    get(key: K): Promise<Result<T>> {
      let hit = kept.get(key);
      if (hit === undefined) {
        const pending = read(key);
        const forget = () => {
          if (kept.get(key) === pending) kept.delete(key);
        };
        pending.then((result) => {
          if (!result.ok) forget();
        }, forget);
        kept.set(key, pending);
        hit = pending;
      }
      return hit;
    },
    clear(): void {
      kept.clear();
    },
  };
}

/**
 * The store as one turn's tools see it: within the turn, the policies, each product and the cart
 * are read from the store once (several tools of a step read the cart, and one answer may quote
 * two policies). A change to the cart through this view makes the next read go to the store.
 */
export function turnStore(store: StoreAdapter): StoreAdapter {
  const carts = readOnce((cartId: string) => store.getCart(cartId));
  const products = readOnce((productId: string) => store.getProduct(productId));
  const policies = readOnce((_: "all") => store.getPolicies());
  /** A write to the cart: reads before it finishes or after it get the store's new cart. */
  const write = async <T>(change: Promise<T>): Promise<T> => {
    carts.clear();
    try {
      return await change;
    } finally {
      carts.clear();
    }
  };
  const view: StoreAdapter = {
    platform: store.platform,
    capabilities: store.capabilities,
    getCart: (cartId) => carts.get(cartId),
    getProduct: (productId) => products.get(productId),
    getPolicies: () => policies.get("all"),
    updateLine: (cartId, lineId, change) => write(store.updateLine(cartId, lineId, change)),
    addLine: (cartId, variantId, quantity) => write(store.addLine(cartId, variantId, quantity)),
    removeLine: (cartId, lineId) => write(store.removeLine(cartId, lineId)),
    applyDiscount: (cartId, code) => write(store.applyDiscount(cartId, code)),
    removeDiscount: (cartId, code) => write(store.removeDiscount(cartId, code)),
    updateCustomer: (cartId, update) => write(store.updateCustomer(cartId, update)),
    searchProducts: (query) => store.searchProducts(query),
    getShippingRates: (query) => store.getShippingRates(query),
    createCheckoutLink: (cartId) => store.createCheckoutLink(cartId),
    getCustomer: (email) => store.getCustomer(email),
  };
  const createSingleUseCode = store.createSingleUseCode?.bind(store);
  return createSingleUseCode ? { ...view, createSingleUseCode } : view;
}
