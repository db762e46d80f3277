import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestWorker, type TestWorker, bodyOf } from "./worker-env.ts";

let worker: TestWorker;
beforeAll(async () => {
  worker = await startTestWorker();
});
afterAll(() => worker.dispose());

describe("GET /health and the app's error handling", () => {
  it("answers health with secure headers and a request id", async () => {
    const res = await worker.request("/health");
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toEqual({ ok: true, environment: "development" });
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Request-Id")).toMatch(/[0-9a-f-]{36}/);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await worker.request("/v1/nope", { method: "DELETE" });
    expect(res.status).toBe(404);
    expect(await bodyOf(res)).toEqual({ error: { code: "not_found", message: "No route for DELETE /v1/nope." } });
  });

  it("refuses to serve a deployed worker that kept the dev default secrets", async () => {
    for (const path of ["/health", "/v1/sites/demo/widget-config"]) {
      const res = await worker.request(path, undefined, { ENVIRONMENT: "production", SESSION_SECRET: "a-real-secret" });
      expect(res.status).toBe(503);
      const body = await bodyOf(res);
      expect(body.error.code).toBe("insecure_configuration");
      expect(body.error.secrets.sort()).toEqual(["ADMIN_TOKEN", "STORE_API_TOKEN", "STORE_TOKEN_DEMO", "STORE_TOKEN_IDENTITY", "WEBHOOK_SECRET"]);
    }
  });

  it("serves a deployed worker with real secrets", async () => {
    const res = await worker.request("/health", undefined, {
      ENVIRONMENT: "production",
      ADMIN_TOKEN: "a1",
      STORE_API_TOKEN: "s1",
      STORE_TOKEN_IDENTITY: "i1",
      STORE_TOKEN_DEMO: "d1",
      WEBHOOK_SECRET: "w1",
      SESSION_SECRET: "x1",
    });
    expect(res.status).toBe(200);
  });

  it("treats a missing ENVIRONMENT as deployed", async () => {
    const res = await worker.request("/health", undefined, { ENVIRONMENT: "" });
    expect(res.status).toBe(503);
  });

  it("answers 503 invalid_configuration naming a missing secret, without its value", async () => {
    const res = await worker.request("/health", undefined, { SESSION_SECRET: "" });
    expect(res.status).toBe(503);
    const body = await bodyOf(res);
    expect(body.error.code).toBe("invalid_configuration");
    expect(body.error.issues[0].path).toBe("SESSION_SECRET");
  });
});
