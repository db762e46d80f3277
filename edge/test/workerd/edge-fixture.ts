import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bodyOf } from "../routes/body-of.ts";
import { freePort, root, startEdge, startStore, type Service } from "../../../scripts/lib/processes.ts";

/**
 * A real demo store and `wrangler dev` (workerd: Durable Objects, D1) on free ports, for one
 * test file. The widget build may not exist: a placeholder dist/widget is made for the run only.
 */
export interface EdgeFixture {
  store: Service;
  edge: Service;
  storeUrl: string;
  persistDir: string;
  restartEdge(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEdgeFixture(vars: Record<string, string> = {}): Promise<EdgeFixture> {
  const dir = mkdtempSync(join(tmpdir(), "cart-saver-edge-"));
  const widgetDir = join(root, "dist", "widget");
  const placeholder = !existsSync(widgetDir);
  if (placeholder) {
    mkdirSync(widgetDir, { recursive: true });
    writeFileSync(join(widgetDir, "widget.js"), "// placeholder for the edge tests\n");
  }
  const storePort = await freePort();
  const edgePort = await freePort();
  const storeUrl = `http://127.0.0.1:${storePort}`;
  const persistDir = join(dir, "edge");
  const edgeOptions = { storeUrl, persistDir, vars: { DEMO_HOLDOUT_PERCENT: "0", ...vars } };
  const store = await startStore({ port: storePort, dataDir: join(dir, "store"), edgeUrl: `http://127.0.0.1:${edgePort}` });
  const fixture: EdgeFixture = {
    store,
    edge: await startEdge({ port: edgePort, ...edgeOptions }),
    storeUrl,
    persistDir,
    async restartEdge() {
      await fixture.edge.stop();
      fixture.edge = await startEdge({ port: await freePort(), ...edgeOptions });
    },
    async stop() {
      await fixture.edge.stop();
      await store.stop();
      if (placeholder) rmSync(widgetDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return fixture;
}

const storeAuth = { Authorization: "Bearer dev-store-token", "Content-Type": "application/json" };

/** A fresh cart at the demo store holding one in-stock variant. */
export async function createCart(storeUrl: string): Promise<string> {
  const { products } = await bodyOf(await fetch(`${storeUrl}/api/products?limit=20`, { headers: storeAuth }));
  const variant = products
    .flatMap((p: { variants: { id: string; inventory: number }[] }) => p.variants)
    .find((v: { inventory: number }) => v.inventory > 2);
  const res = await fetch(`${storeUrl}/api/carts`, { method: "POST", headers: storeAuth, body: JSON.stringify({ lines: [{ variantId: variant.id, quantity: 1 }] }) });
  if (res.status !== 201) throw new Error(`cart creation failed: ${res.status} ${await res.text()}`);
  return (await bodyOf(res)).id;
}

/** The chunks of an AI SDK UI message stream (SSE `data:` lines), read to the end. */
export async function readUiStream(res: Response): Promise<{ types: string[]; text: string }> {
  const body = await res.text();
  const chunks = body
    .split("\n")
    .filter((line) => line.startsWith("data: ") && line !== "data: [DONE]")
    .map((line) => JSON.parse(line.slice(6)));
  return {
    types: chunks.map((chunk) => chunk.type),
    text: chunks.filter((chunk) => chunk.type === "text-delta").map((chunk) => chunk.delta).join(""),
  };
}
