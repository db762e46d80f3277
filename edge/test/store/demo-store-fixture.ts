import { createStoreApp } from "../../../demo-store/src/app.ts";
import { createHttpStoreAdapter } from "../../src/store/http-store-adapter.ts";
import { Cart } from "../../src/store/store-schemas.ts";

export const storeToken = "edge-test-store-token";
export const storeUrl = "http://store.test";

/** The real demo store, in memory and in-process, and the edge's Store API client pointed at it. */
export function demoStore(options: { now?: () => Date } = {}) {
  const app = createStoreApp({
    apiToken: storeToken,
    webhookSecret: "edge-test-webhook-secret",
    webhookUrls: [],
    publicUrl: storeUrl,
    edgeUrl: "http://edge.test",
    siteId: "demo",
    ...options,
  });
  const requests: string[] = [];
  const fetchStore: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return app.request(request);
  };
  const adapter = createHttpStoreAdapter({ baseUrl: storeUrl, token: storeToken, fetch: fetchStore });

  async function newCart(lines: { variantId: string; quantity: number }[], customer?: object) {
    const res = await app.request(`${storeUrl}/api/carts`, {
      method: "POST",
      headers: { authorization: `Bearer ${storeToken}`, "content-type": "application/json" },
      body: JSON.stringify({ lines, ...(customer ? { customer } : {}) }),
    });
    if (res.status !== 201) throw new Error(`cart creation failed: ${res.status} ${await res.text()}`);
    return Cart.parse(await res.json());
  }

  return { app, adapter, requests, newCart };
}

export const variants = {
  tee: "organic-cotton-tee--m-white", // €29, plenty in stock
  runner42: "trail-runner--42", // €139, 2 in stock
  runner425: "trail-runner--42-5", // sold out
  sweaterM: "merino-crew-sweater--m-oatmeal",
} as const;
