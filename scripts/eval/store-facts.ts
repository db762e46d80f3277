import { z } from "zod";
import { Cart, Policies, Product, ShippingRate } from "../../edge/src/store/store-schemas.ts";
import type { ChatClient } from "./chat-client.ts";

/** The truth an answer is checked against, read live from the Store API (never from fixtures). */

const Rates = z.object({ country: z.string(), rates: z.array(ShippingRate) });
const NotShipped = z.object({ error: z.looseObject({ code: z.literal("country_not_supported"), supported: z.array(z.string()) }) });

export type RatesFact = { shipped: true; rates: ShippingRate[] } | { shipped: false; supported: string[] };

export function storeFacts(client: ChatClient) {
  const products = new Map<string, Promise<Product>>();
  let policies: Promise<Policies> | null = null;
  let shopName: Promise<string> | null = null;
  const read = async <S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> => {
    const res = await client.storeGet(path);
    const text = await res.text();
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return schema.parse(JSON.parse(text));
  };
  return {
    cart: (cartId: string) => read(`/carts/${encodeURIComponent(cartId)}`, Cart),
    product(id: string): Promise<Product> {
      const cached = products.get(id) ?? read(`/products/${encodeURIComponent(id)}`, Product);
      products.set(id, cached);
      return cached;
    },
    policies(): Promise<Policies> {
      policies ??= read("/policies", Policies);
      return policies;
    },
    async rates(cartId: string, country: string): Promise<RatesFact> {
      const res = await client.storeGet(`/shipping/rates?cartId=${encodeURIComponent(cartId)}&country=${country}`);
      const body: unknown = await res.json();
      const missing = NotShipped.safeParse(body);
      if (missing.success) return { shipped: false, supported: missing.data.error.supported };
      return { shipped: true, rates: Rates.parse(body).rates };
    },
    /** The name the store's own pages show shoppers (its home page title). */
    shopName(storePageUrl: string): Promise<string> {
      shopName ??= fetch(storePageUrl)
        .then((res) => res.text())
        .then((html) => /<title>(?:[^<]*·\s*)?([^<]+)<\/title>/.exec(html)?.[1]?.trim() ?? "");
      return shopName;
    },
  };
}
export type StoreFacts = ReturnType<typeof storeFacts>;
