import { serve } from "@hono/node-server";
import { createStoreApp } from "./app.ts";
import { readStoreEnv } from "./store-env.ts";

/** Node entry: `tsx demo-store/src/server.ts`. Configuration by environment (store-env.ts). */
const { port, host, options } = readStoreEnv(process.env);
const app = createStoreApp(options);

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`demo store listening on ${options.publicUrl} (port ${info.port}, data ${options.dataDir ?? "in memory"})`);
});

const shutdown = () => {
  server.close(() => process.exit(0));
  // Keep-alive connections may hold close() open; do not hang a test runner.
  setTimeout(() => process.exit(0), 2000).unref();
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
