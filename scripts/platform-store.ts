import { parseArgs } from "node:util";
import { platforms } from "./lib/platform-sites.ts";
import { freePort } from "./lib/processes.ts";
import { startPlatformStore } from "./lib/platform-stores.ts";

/**
 * `npx tsx scripts/platform-store.ts shopify|woocommerce|vendure [--port N]`: one platform's shop
 * as a local server (the contract suite's Shopify or WooCommerce emulator, or a real Vendure with
 * its seed), on the development credentials in `.dev.vars`. Prints its URL, the site's `store`
 * section and the chat command that configures the site and talks to it. Ctrl-C stops it.
 */
const { values, positionals } = parseArgs({ options: { port: { type: "string" } }, allowPositionals: true });
const platform = platforms.find((p) => p === positionals[0]);
if (platform === undefined) {
  console.error(`usage: npx tsx scripts/platform-store.ts ${platforms.join("|")} [--port N]`);
  process.exit(2);
}
const port = values.port ? Number(values.port) : await freePort();
const store = await startPlatformStore(platform, port);
console.log(`${platform} store running at ${store.url}
site store section (PUT /v1/admin/sites/${platform} by npm run chat):
${JSON.stringify(store.store, null, 2)}
chat with it (edge at EDGE_URL, default http://127.0.0.1:8787):
  npm run chat -- --site ${platform} --store-url ${store.url} "how much is shipping to Germany?" "can I return it?" "is size 42 in stock?" "do you have a discount?"
Press Ctrl-C to stop.`);
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void store.stop().then(() => process.exit(0));
  });
}
