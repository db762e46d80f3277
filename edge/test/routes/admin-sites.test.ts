import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestWorker, type TestWorker, bodyOf } from "./worker-env.ts";

let worker: TestWorker;
beforeAll(async () => {
  worker = await startTestWorker();
});
afterAll(() => worker.dispose());

const shop = {
  name: "Shoe shop",
  allowedOrigins: ["https://shoes.example"],
  store: { adapter: "http", baseUrl: "https://shoes.example/store" },
  brand: { assistantName: "Sam", color: "#112233", greeting: "Hello!" },
  triggers: {},
  offers: [{ id: "ship", code: "SHIPFREE", kind: "free_shipping", value: 0, objections: ["shipping_cost"] }],
  maxDiscountPercent: 10,
  followUp: {},
  escalation: {},
};

function put(siteId: string, body: unknown, headers: Record<string, string> = admin): Promise<Response> {
  return worker.request(`/v1/admin/sites/${siteId}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("GET/PUT /v1/admin/sites/:siteId", () => {
  it("requires the admin bearer token", async () => {
    const headerSets: Record<string, string>[] = [{}, { Authorization: "Bearer wrong" }, { Authorization: "Basic dev-admin-token" }];
    for (const headers of headerSets) {
      const res = await worker.request("/v1/admin/sites/demo", { headers });
      expect(res.status).toBe(401);
      expect((await bodyOf(res)).error.code).toBe("unauthorized");
    }
    expect((await put("shoes", shop, { Authorization: "Bearer nope" })).status).toBe(401);
  });

  it("stores a valid document with defaults filled in, and serves it back", async () => {
    const res = await put("shoes", shop);
    expect(res.status).toBe(200);
    const stored = await bodyOf(res);
    expect(stored).toMatchObject({ siteId: "shoes", holdoutPercent: 10, brand: { tone: "friendly", language: "auto" } });
    // A stored `adapter: "http"` document reads as the cart-saver platform with the renamed default secret.
    expect(stored.store).toEqual({ platform: "cart-saver", baseUrl: "https://shoes.example/store", tokenSecret: "STORE_TOKEN_DEMO" });
    const read = await worker.request("/v1/admin/sites/shoes", { headers: admin });
    expect(await bodyOf(read)).toEqual(stored);
    const publicConfig = await worker.request("/v1/sites/shoes/widget-config", { headers: { Origin: "https://shoes.example" } });
    expect(publicConfig.headers.get("Access-Control-Allow-Origin")).toBe("https://shoes.example");
  });

  it("answers 422 invalid_config with the zod issues", async () => {
    const res = await put("shoes", { ...shop, brand: { ...shop.brand, color: "green" }, maxDiscountPercent: 400 });
    expect(res.status).toBe(422);
    const body = await bodyOf(res);
    expect(body.error.code).toBe("invalid_config");
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["brand.color", "maxDiscountPercent"]);
  });

  it("refuses a store secret name outside STORE_TOKEN_*, so the worker never sends another secret", async () => {
    for (const tokenSecret of ["SESSION_SECRET", "ADMIN_TOKEN", "STORE_TOKEN_", "store_token_x"]) {
      const res = await put("shoes", { ...shop, store: { ...shop.store, tokenSecret } });
      expect(res.status, tokenSecret).toBe(422);
      expect((await bodyOf(res)).error.issues.map((i: { path: string }) => i.path)).toEqual(["store.tokenSecret"]);
    }
    expect((await put("shoes", { ...shop, store: { ...shop.store, tokenSecret: "STORE_TOKEN_SHOES_2" } })).status).toBe(200);
  });

  it("writes every change to the audit log: who, when, before → after per field", async () => {
    const start = Date.now();
    expect((await put("audited", shop, { ...admin, "CF-Connecting-IP": "203.0.113.5" })).status).toBe(200);
    const renamed = { ...shop, brand: { ...shop.brand, assistantName: "Kim" }, maxDiscountPercent: 12 };
    expect((await put("audited", renamed, { ...admin, "CF-Connecting-IP": "203.0.113.6" })).status).toBe(200);
    // Saving the same document again changes nothing and logs nothing.
    expect((await put("audited", renamed)).status).toBe(200);
    const res = await worker.request("/v1/admin/sites/audited/audit", { headers: admin });
    expect(res.status).toBe(200);
    const { entries } = await bodyOf(res);
    expect(entries).toHaveLength(2);
    const [latest, created] = entries;
    expect(latest).toMatchObject({ actor: "admin (203.0.113.6)", via: "api" });
    expect(latest.at).toBeGreaterThanOrEqual(start);
    expect(latest.changes).toEqual([
      { path: "brand.assistantName", before: "Sam", after: "Kim" },
      { path: "maxDiscountPercent", before: 10, after: 12 },
    ]);
    expect(created.actor).toBe("admin (203.0.113.5)");
    expect(created.changes).toContainEqual({ path: "brand.assistantName", before: null, after: "Sam" });
    expect((await worker.request("/v1/admin/sites/audited/audit")).status).toBe(401);
  });

  it("sends a CSP that forbids everything (the API serves JSON only)", async () => {
    const res = await worker.request("/v1/admin/sites/demo", { headers: admin });
    expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  });

  it("checks store settings per platform: https, secret names, loopback http only in development", async () => {
    const shopify = { platform: "shopify", shopDomain: "shoes.myshopify.com", tokenSecret: "STORE_TOKEN_SHOES", webhookSecret: "STORE_TOKEN_SHOES_HOOK" };
    const ok = await put("shoes", { ...shop, store: shopify });
    expect(ok.status).toBe(200);
    expect((await bodyOf(ok)).store).toMatchObject({ platform: "shopify", shopDomain: "https://shoes.myshopify.com", apiVersion: "2026-04" });
    const paths = async (store: unknown, vars: Record<string, string> = {}, headers = admin) => {
      const res = await worker.request("/v1/admin/sites/shoes", { method: "PUT", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify({ ...shop, store }) }, vars);
      expect(res.status).toBe(422);
      return [...new Set((await bodyOf(res)).error.issues.map((i: { path: string }) => i.path))];
    };
    expect(await paths({ ...shopify, tokenSecret: "ADMIN_TOKEN" })).toEqual(["store.tokenSecret"]);
    expect(await paths({ platform: "cart-saver", baseUrl: "http://shoes.example/api" })).toEqual(["store.baseUrl"]);
    expect(await paths({ platform: "cart-saver", baseUrl: "file:///etc/passwd" })).toEqual(["store.baseUrl"]);
    expect(await paths({ platform: "magento", baseUrl: "https://shoes.example" })).toEqual(["store.platform"]);
    const local = { platform: "cart-saver", baseUrl: "http://127.0.0.1:9000", tokenSecret: "STORE_TOKEN_LOCAL" };
    expect((await put("shoes", { ...shop, store: local })).status).toBe(200);
    const deployed = { ENVIRONMENT: "production", ADMIN_TOKEN: "prod-admin", STORE_API_TOKEN: "prod-store", WEBHOOK_SECRET: "prod-hook", SESSION_SECRET: "prod-session", STORE_TOKEN_DEMO: "prod-demo", STORE_TOKEN_IDENTITY: "prod-identity" };
    expect(await paths(local, deployed, { Authorization: "Bearer prod-admin" })).toEqual(["store.baseUrl"]);
  });

  it("refuses a body naming another site than the path", async () => {
    const res = await put("shoes", { ...shop, siteId: "other" });
    expect(res.status).toBe(422);
    expect((await bodyOf(res)).error.issues[0].path).toBe("siteId");
  });

  it("answers 400 for malformed JSON, a non-object body and a bad site id; 413 when oversized", async () => {
    const malformed = await put("shoes", "{not json");
    expect(malformed.status).toBe(400);
    expect((await bodyOf(malformed)).error.code).toBe("invalid_json");
    const array = await put("shoes", [1, 2]);
    expect(array.status).toBe(400);
    expect((await bodyOf(array)).error.code).toBe("invalid_request");
    expect((await put("Bad_Id", shop)).status).toBe(400);
    const huge = await put("shoes", { ...shop, name: "x".repeat(70 * 1024) });
    expect(huge.status).toBe(413);
    expect((await bodyOf(huge)).error.code).toBe("payload_too_large");
  });

  it("answers 404 unknown_site for a site never stored", async () => {
    const res = await worker.request("/v1/admin/sites/ghost", { headers: admin });
    expect(res.status).toBe(404);
    expect((await bodyOf(res)).error.code).toBe("unknown_site");
  });

  it("keeps an admin's demo document instead of re-seeding it", async () => {
    const demo = await bodyOf(await worker.request("/v1/admin/sites/demo", { headers: admin }));
    expect((await put("demo", { ...demo, holdoutPercent: 50 })).status).toBe(200);
    const read = await worker.request("/v1/admin/sites/demo", { headers: admin }, { DEMO_HOLDOUT_PERCENT: "0" });
    expect((await bodyOf(read)).holdoutPercent).toBe(50);
  });
});
