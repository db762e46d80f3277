import { createApp } from "../../src/app.ts";
import { recordSessionStarted } from "../../src/analytics/record-event.ts";
import { startD1 } from "../analytics/miniflare-d1.ts";
import { devVars } from "../routes/worker-env.ts";

/** The edge app with a real D1: order webhooks are delivered here and attributed to sessions. */
export async function contractWorker(vars: Record<string, string> = {}) {
  const d1 = await startD1();
  const app = createApp();
  let n = 0;
  return {
    request: (path: string, init: RequestInit) => Promise.resolve(app.request(path, init, { DB: d1.db, ...devVars, ...vars })),
    /** A session of `siteId` for the cart, as the widget's POST /v1/sessions records it. */
    async startSession(siteId: string, cartId: string): Promise<string> {
      const sessionId = `contract-session-${++n}`;
      await recordSessionStarted(d1.db, { sessionId, siteId, cartId, group: "agent", attributionWindowHours: 72, at: Date.now() - 60_000 });
      return sessionId;
    },
    dispose: () => d1.dispose(),
  };
}
export type ContractWorker = Awaited<ReturnType<typeof contractWorker>>;
