import { z } from "zod";
import { CatalogProduct } from "../domain/product.ts";
import { apparel } from "./apparel.ts";
import { electronics } from "./electronics.ts";
import { home } from "./home.ts";
import { shoes } from "./shoes.ts";

/** The whole seeded catalog, validated once at load so a typo in seed data fails loudly. */
export const catalog: CatalogProduct[] = z.array(CatalogProduct).parse([...apparel, ...shoes, ...electronics, ...home]);

const byVariant = new Map(catalog.flatMap((p) => p.variants.map((v) => [v.id, { product: p, variant: v }] as const)));
const byId = new Map(catalog.map((p) => [p.id, p] as const));

export const findProduct = (id: string) => byId.get(id);
export const findVariant = (variantId: string) => byVariant.get(variantId);
