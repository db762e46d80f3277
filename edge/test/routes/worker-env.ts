import { Miniflare } from "miniflare";
import { createApp } from "../../src/app.ts";

/**
 * The edge app under `app.request` with a real D1 (workerd, via Miniflare) and the wrangler.toml
 * dev vars. Routes that reach the Session Durable Object are covered by the workerd suite.
 */
export const devVars = {
  ENVIRONMENT: "development",
  STORE_URL: "http://127.0.0.1:8788",
  ADMIN_TOKEN: "dev-admin-token",
  STORE_API_TOKEN: "dev-store-token",
  STORE_TOKEN_DEMO: "dev-store-token",
  WEBHOOK_SECRET: "dev-webhook-secret",
  SESSION_SECRET: "dev-session-secret",
  STORE_TOKEN_IDENTITY: "dev-identity-secret",
  MODEL: "builtin",
};

export interface TestWorker {
  request(path: string, init?: RequestInit, vars?: Record<string, string>): Promise<Response>;
  dispose(): Promise<void>;
}

export async function startTestWorker(vars: Record<string, string> = {}): Promise<TestWorker> {
  const mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response('') } }",
    d1Databases: ["DB"],
  });
  const DB = await mf.getD1Database("DB");
  const app = createApp();
  return {
    request: (path, init, more = {}) => Promise.resolve(app.request(path, init, { DB, ...devVars, ...vars, ...more })),
    dispose: () => mf.dispose(),
  };
}

export const admin = { Authorization: "Bearer dev-admin-token" };

export function json(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) };
}

export { bodyOf } from "./body-of.ts";
