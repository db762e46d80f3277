import type { Product, Variant } from "../../edge/src/store/store-schemas.ts";
import type { Reply } from "./chat-client.ts";
import type { Lang } from "./eval-case.ts";
import type { StoreFacts } from "./store-facts.ts";

/** What a check may read: the live store, the case's cart, and the conversation so far. */
export interface CheckContext {
  lang: Lang;
  cartId: string;
  facts: StoreFacts;
  storeUrl: string;
  page: string | undefined;
  /** The assistant's previous answer in this conversation (the opener counts). */
  previous: Reply | undefined;
  /** The product of the cart's first line as the cart was created, and that line's variant. */
  cartProduct(): Promise<{ product: Product; variant: Variant | undefined }>;
}

export function checkContext(input: Omit<CheckContext, "cartProduct"> & { firstVariant: string }): CheckContext {
  let cached: Promise<{ product: Product; variant: Variant | undefined }> | null = null;
  return {
    ...input,
    cartProduct() {
      cached ??= (async () => {
        const productId = input.firstVariant.split("--")[0] ?? "";
        const product = await input.facts.product(productId);
        return { product, variant: product.variants.find((v) => v.id === input.firstVariant) };
      })();
      return cached;
    },
  };
}
