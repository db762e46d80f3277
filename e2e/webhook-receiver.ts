import { createServer, type Server } from "node:http";
import { once } from "node:events";

/** A stand-in merchant endpoint: records every webhook delivery verbatim (raw body + headers). */
export interface Delivery {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export async function startWebhookReceiver(port: number): Promise<{ url: string; close(): Promise<void> }> {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/deliveries") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ deliveries }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      deliveries.push({ path: req.url ?? "/", headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = 204;
      res.end();
    });
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
