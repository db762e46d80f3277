import { build } from "esbuild";
import { Miniflare } from "miniflare";

/**
 * Runs a test worker inside workerd (Miniflare), bundled the way wrangler bundles the real
 * worker (esbuild, workerd conditions). For code that needs workerd itself: `cloudflare:sockets`
 * (SMTP) and Durable Object SQLite storage.
 */
export interface Workerd {
  /** Redirects are returned, not followed. */
  fetch(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; json(): Promise<unknown>; text(): Promise<string> }>;
  dispose(): Promise<void>;
}

export async function startWorkerd(
  entry: string,
  options: { bindings?: Record<string, string>; durableObjects?: Record<string, string> } = {},
): Promise<Workerd> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["cloudflare:*", "node:*"],
    jsx: "automatic",
    jsxImportSource: "hono/jsx",
    loader: { ".sql": "text" },
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: "2026-04-01",
    compatibilityFlags: ["nodejs_compat"],
    bindings: options.bindings ?? {},
    durableObjects: Object.fromEntries(
      Object.entries(options.durableObjects ?? {}).map(([binding, className]) => [binding, { className, useSQLite: true }]),
    ),
  });
  await mf.ready;
  return {
    async fetch(path, init) {
      const response = await mf.dispatchFetch(new URL(path, "http://workerd.test").toString(), {
        method: init?.method ?? "GET",
        body: typeof init?.body === "string" ? init.body : undefined,
        headers: { "content-type": "application/json" },
        redirect: "manual",
      });
      const text = await response.text();
      const headers = new Headers([...response.headers.entries()]);
      return { status: response.status, headers, json: async () => JSON.parse(text), text: async () => text };
    },
    dispose: () => mf.dispose(),
  };
}
