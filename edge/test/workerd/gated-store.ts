import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { once } from "node:events";
import { freePort } from "../../../scripts/lib/processes.ts";

/**
 * A proxy in front of the demo store that, once armed, holds every request until `open()`: it
 * keeps an agent turn mid-flight (waiting on the store) for as long as a test needs, without
 * sleeping. Before `arm()` it passes requests straight through (session creation reads the cart).
 */
export interface GatedStore {
  url: string;
  /** Resolves when the first request after `arm()` is being held. */
  held: Promise<void>;
  arm(): void;
  open(): void;
  close(): Promise<void>;
}

export async function startGatedStore(target: string): Promise<GatedStore> {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let arrived!: () => void;
  const held = new Promise<void>((resolve) => (arrived = resolve));
  let armed = false;

  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.from(chunk));
    if (armed) {
      arrived();
      await opened;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string" && name !== "host" && name !== "content-length") headers.set(name, value);
    }
    const upstream = await fetch(`${target}${req.url ?? "/"}`, {
      method: req.method,
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    res.writeHead(upstream.status, { "Content-Type": upstream.headers.get("Content-Type") ?? "application/json" });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  };

  const server = createServer((req, res) => {
    forward(req, res).catch((error) => {
      res.writeHead(502);
      res.end(String(error));
    });
  });
  const port = await freePort();
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${port}`,
    held,
    arm: () => {
      armed = true;
    },
    open,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
