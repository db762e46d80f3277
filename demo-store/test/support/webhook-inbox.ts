import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP endpoint on a free port that records webhook deliveries. `statuses` scripts the
 * answers (e.g. [500, 204] fails the first delivery); `next()` resolves on the next delivery.
 */
export async function webhookInbox(statuses: number[] = []) {
  const received: Received[] = [];
  const waiting: ((r: Received) => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const delivery = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(delivery);
      res.statusCode = statuses.shift() ?? 204;
      res.end();
      waiting.shift()?.(delivery);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no address");
  return {
    url: `http://127.0.0.1:${address.port}/hooks/orders`,
    received,
    next: () => new Promise<Received>((resolve) => waiting.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
