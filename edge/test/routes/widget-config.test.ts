import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestWorker, type TestWorker, bodyOf } from "./worker-env.ts";

let worker: TestWorker;
beforeAll(async () => {
  worker = await startTestWorker({ STORE_URL: "http://127.0.0.1:45123" });
});
afterAll(() => worker.dispose());

describe("GET /v1/sites/:siteId/widget-config", () => {
  it("serves the seeded demo site's public config, short-cached", async () => {
    const res = await worker.request("/v1/sites/demo/widget-config");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    const body = await bodyOf(res);
    expect(body).toMatchObject({
      siteId: "demo",
      brand: { assistantName: "Mia", color: "#2f6f5e" },
      language: "auto",
      triggers: { exitIntent: true, pages: ["/cart", "/checkout"] },
      followUp: { requireConsent: true, channels: ["email"] },
    });
  });

  it("never exposes store tokens, store settings, offers or their codes", async () => {
    const text = await (await worker.request("/v1/sites/demo/widget-config")).text();
    for (const secret of ["FREESHIP", "SAVE10", "dev-store-token", "STORE_API_TOKEN", "offers", "baseUrl", "allowedOrigins", "holdout"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("allows CORS for the site's origins only (the store's origin included)", async () => {
    const allowed = await worker.request("/v1/sites/demo/widget-config", { headers: { Origin: "http://127.0.0.1:45123" } });
    expect(allowed.headers.get("Access-Control-Allow-Origin")).toBe("http://127.0.0.1:45123");
    const local = await worker.request("/v1/sites/demo/widget-config", { headers: { Origin: "http://localhost:8788" } });
    expect(local.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:8788");
    const other = await worker.request("/v1/sites/demo/widget-config", { headers: { Origin: "https://evil.example" } });
    expect(other.status).toBe(200);
    expect(other.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("answers 404 unknown_site", async () => {
    const res = await worker.request("/v1/sites/nope/widget-config");
    expect(res.status).toBe(404);
    expect((await bodyOf(res)).error).toMatchObject({ code: "unknown_site", siteId: "nope" });
  });

  it("lets DEMO_HOLDOUT_PERCENT override the demo holdout and follows STORE_URL until an admin replaces the site", async () => {
    const zero = await worker.request("/v1/admin/sites/demo", { headers: admin }, { DEMO_HOLDOUT_PERCENT: "0", STORE_URL: "http://127.0.0.1:45999" });
    const site = await bodyOf(zero);
    expect(site.holdoutPercent).toBe(0);
    expect(site.store.baseUrl).toBe("http://127.0.0.1:45999");
    expect(site.allowedOrigins).toEqual(["http://127.0.0.1:8788", "http://localhost:8788", "http://127.0.0.1:45999"]);
    const seeded = await bodyOf(await worker.request("/v1/admin/sites/demo", { headers: admin }));
    expect(seeded.holdoutPercent).toBe(10);
    expect(seeded.offers.map((o: { code: string }) => o.code)).toEqual(["FREESHIP", "SAVE10"]);
  });
});
