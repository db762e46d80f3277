import type { Group } from "../domain/session-state.ts";
import type { Bindings } from "../http/bindings.ts";

export interface OpenRequest {
  siteId: string;
  cartId: string;
  visitorId: string | null;
  group: Group;
  language: "en" | "de" | null;
}

const closedStates = new Set(["recovered", "lost"]);
const maxGenerations = 100;

/**
 * Finds or creates the session for (site, cart, visitor). Sessions are named Durable Objects,
 * `site/cart/visitor/generation`, so re-creating resumes the open one without a lookup race;
 * once a session is closed (recovered or lost) the next generation starts fresh. The caller
 * indexes new sessions for analytics (order webhooks find them by cart there).
 */
export async function openSession(env: Bindings, request: OpenRequest) {
  const visitorKey = request.visitorId ?? "-";
  for (let generation = 0; generation < maxGenerations; generation++) {
    const name = [request.siteId, request.cartId, visitorKey, generation].map(encodeURIComponent).join("/");
    const stub = env.SESSIONS.get(env.SESSIONS.idFromName(name));
    const opened = await stub.open({
      siteId: request.siteId,
      cartId: request.cartId,
      visitorId: request.visitorId,
      group: request.group,
      language: request.language,
    });
    if (opened.created || !closedStates.has(opened.state)) return opened;
  }
  throw new Error(`session generations exhausted for cart ${request.cartId}`);
}
