import type { CatalogProduct, Product } from "../domain/product.ts";
import { eur } from "../domain/money.ts";
import type { StoreState } from "../domain/store-state.ts";

/** A catalog product with live inventory and absolute URLs, as Store API v1 returns it. */
export function toProduct(p: CatalogProduct, state: StoreState, publicUrl: string): Product {
  const { palette: _palette, variants, ...rest } = p;
  return {
    ...rest,
    url: `${publicUrl}/products/${p.id}`,
    image: `${publicUrl}/images/${p.id}.svg`,
    variants: variants.map(({ initialInventory: _initial, price, ...v }) => ({ ...v, price: eur(price), inventory: state.inventory[v.id] ?? 0 })),
  };
}
